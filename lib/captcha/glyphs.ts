/**
 * Stroke outlines of the captcha alphabet on a 10 × 14 grid (y grows downwards). The image draws these as
 * <path> strokes so that the answer never appears as text in the markup. Curves are polylines: the points
 * are jittered per challenge, which a smooth curve command would hide.
 */
export type Point = readonly [number, number];
export type Stroke = readonly Point[];

function arc(cx: number, cy: number, rx: number, ry: number, fromDeg: number, toDeg: number, steps = 10): Point[] {
  const points: Point[] = [];
  for (let i = 0; i <= steps; i += 1) {
    const angle = ((fromDeg + ((toDeg - fromDeg) * i) / steps) * Math.PI) / 180;
    points.push([cx + rx * Math.cos(angle), cy + ry * Math.sin(angle)]);
  }
  return points;
}

const six: Stroke[] = [[...arc(5, 7, 5, 7, 300, 180, 6), [0, 10], ...arc(5, 10.5, 5, 3.5, 180, 540, 14)]];
const P: Stroke[] = [[[0, 14], [0, 0], [6, 0], ...arc(6, 3.75, 4, 3.75, -90, 90, 6), [6, 7.5], [0, 7.5]]];

export const GLYPHS: Record<string, Stroke[]> = {
  A: [
    [
      [0, 14],
      [5, 0],
      [10, 14],
    ],
    [
      [2, 9],
      [8, 9],
    ],
  ],
  C: [arc(5.5, 7, 5, 7, 315, 45, 12)],
  D: [[[0, 0], [4, 0], ...arc(4, 7, 6, 7, -90, 90, 10), [4, 14], [0, 14], [0, 0]]],
  E: [
    [
      [10, 0],
      [0, 0],
      [0, 14],
      [10, 14],
    ],
    [
      [0, 7],
      [7, 7],
    ],
  ],
  F: [
    [
      [10, 0],
      [0, 0],
      [0, 14],
    ],
    [
      [0, 7],
      [7, 7],
    ],
  ],
  H: [
    [
      [0, 0],
      [0, 14],
    ],
    [
      [10, 0],
      [10, 14],
    ],
    [
      [0, 7],
      [10, 7],
    ],
  ],
  J: [
    [[8, 0], [8, 10], ...arc(4.5, 10, 3.5, 4, 0, 180, 8)],
    [
      [4, 0],
      [10, 0],
    ],
  ],
  K: [
    [
      [0, 0],
      [0, 14],
    ],
    [
      [10, 0],
      [0, 8],
    ],
    [
      [3, 6],
      [10, 14],
    ],
  ],
  M: [
    [
      [0, 14],
      [0, 0],
      [5, 8],
      [10, 0],
      [10, 14],
    ],
  ],
  N: [
    [
      [0, 14],
      [0, 0],
      [10, 14],
      [10, 0],
    ],
  ],
  P,
  R: [
    ...P,
    [
      [5, 7.5],
      [10, 14],
    ],
  ],
  T: [
    [
      [0, 0],
      [10, 0],
    ],
    [
      [5, 0],
      [5, 14],
    ],
  ],
  W: [
    [
      [0, 0],
      [2.5, 14],
      [5, 5],
      [7.5, 14],
      [10, 0],
    ],
  ],
  X: [
    [
      [0, 0],
      [10, 14],
    ],
    [
      [10, 0],
      [0, 14],
    ],
  ],
  Y: [
    [
      [0, 0],
      [5, 7],
      [10, 0],
    ],
    [
      [5, 7],
      [5, 14],
    ],
  ],
  '3': [[...arc(5, 3.5, 4.5, 3.5, 210, 450, 10), ...arc(5, 10.5, 5, 3.5, 270, 510, 12)]],
  '4': [
    [
      [7, 14],
      [7, 0],
      [0, 10],
      [10, 10],
    ],
  ],
  '6': six,
  '7': [
    [
      [0, 0],
      [10, 0],
      [3, 14],
    ],
  ],
  // A 9 is a 6 turned half a turn.
  '9': six.map((stroke) => stroke.map(([x, y]) => [10 - x, 14 - y] as const)),
};
