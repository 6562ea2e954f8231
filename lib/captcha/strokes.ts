import type { Point, Stroke } from './glyphs';

/**
 * How the outlines of a captcha become the subpaths of its SVG so that the markup tells a program nothing
 * the picture does not. The first built-in captcha drew each glyph stroke as one path with a fixed number
 * of points, and a 60-line program read it by counting them. Here all the ink — characters and the noise
 * line that crosses them — is one graph; subpaths are random tours of it that wander from character to
 * character through the noise line, going back over ink already drawn where they need to (which does not
 * show), and stop after a random length, with fresh points at a random spacing every time.
 */
export type Random = () => number;

// Grid units (glyphs.ts): how close an end must be to another stroke to count as meeting it.
const MEETS = 0.05;
// Pixels: ends closer than this are one node of the graph.
const SAME_NODE = 0.01;
// Pixels between resampled points, and length of a subpath before it may stop: a subpath usually spans
// several characters, so neither its box nor its number of points belongs to any one of them.
const SPACING = [4, 10] as const;
const TOUR = [120, 360] as const;
// A turn sharper than this is a corner of the character (the top of an M) and keeps its point, so
// resampling never rounds a corner off; gentler turns are the polyline of a curve and may go.
const CORNER = (35 * Math.PI) / 180;
// How far each point wanders, in pixels: enough that no two edges are alike, little enough to stay sharp.
const WOBBLE = 0.45;

// Not Math.hypot: several times slower, and this runs for every point of every challenge.
const distance = (a: Point, b: Point) => Math.sqrt((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2);
const lerp = (a: Point, b: Point, t: number): Point => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];

function project(p: Point, a: Point, b: Point): { t: number; gap: number } {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const t = ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy || 1);
  return { t, gap: distance(p, lerp(a, b, t)) };
}

/**
 * A glyph's strokes cut wherever one ends on another (the foot of T's stem, H's bar, Y's fork), so that
 * a tour can turn there.
 */
export function glyphEdges(strokes: readonly Stroke[]): Point[][] {
  const ends = strokes.flatMap((stroke) => [stroke[0], stroke[stroke.length - 1]]);
  const edges: Point[][] = [];
  for (const stroke of strokes) {
    let edge: Point[] = [stroke[0]];
    for (let i = 1; i < stroke.length; i += 1) {
      const [a, b] = [stroke[i - 1], stroke[i]];
      const cuts = ends
        .map((end) => project(end, a, b))
        .filter(({ t, gap }) => gap < MEETS && t > 0.01 && t < 0.99)
        .sort((x, y) => x.t - y.t);
      for (const { t } of cuts) {
        edge.push(lerp(a, b, t));
        edges.push(edge);
        edge = [lerp(a, b, t)];
      }
      edge.push(b);
      if (i < stroke.length - 1 && ends.some((end) => distance(end, b) < MEETS)) {
        edges.push(edge);
        edge = [b];
      }
    }
    edges.push(edge);
  }
  return edges;
}

/** Points at most `step` apart, so that a warp applied afterwards bends straight lines too. */
export function densify(line: readonly Point[], step: number): Point[] {
  const out: Point[] = [line[0]];
  for (let i = 1; i < line.length; i += 1) {
    // Arcs in glyphs.ts start where the line before them ended: drop the repeated point.
    if (distance(line[i - 1], line[i]) < 1e-9) continue;
    const parts = Math.ceil(distance(line[i - 1], line[i]) / step);
    for (let k = 1; k <= parts; k += 1) out.push(lerp(line[i - 1], line[i], k / parts));
  }
  return out;
}

// Both ends of ab before both ends of cd along axis k. Comparisons rather than Math.min/max: this runs for
// every pair of segments, and those calls are many times slower in a test runner's VM context.
const before = (a: Point, b: Point, c: Point, d: Point, k: 0 | 1) => a[k] < c[k] && a[k] < d[k] && b[k] < c[k] && b[k] < d[k];

/** Where segments ab and cd cross, as the fraction of the way along each; undefined if they do not. */
function crossing(a: Point, b: Point, c: Point, d: Point): [number, number] | undefined {
  if (before(a, b, c, d, 0) || before(c, d, a, b, 0) || before(a, b, c, d, 1) || before(c, d, a, b, 1)) {
    return undefined;
  }
  const [rx, ry, sx, sy] = [b[0] - a[0], b[1] - a[1], d[0] - c[0], d[1] - c[1]];
  const denominator = rx * sy - ry * sx;
  if (Math.abs(denominator) < 1e-9) return undefined;
  const t = ((c[0] - a[0]) * sy - (c[1] - a[1]) * sx) / denominator;
  const u = ((c[0] - a[0]) * ry - (c[1] - a[1]) * rx) / denominator;
  return t > 1e-6 && t < 1 - 1e-6 && u > 1e-6 && u < 1 - 1e-6 ? [t, u] : undefined;
}

/**
 * Every line cut where it crosses another (the noise line through a character, the middle of an X), so
 * the crossings become nodes and the drawing one connected graph.
 */
export function splitAtCrossings(lines: readonly Point[][]): Point[][] {
  // For each line, the places to cut: segment index and fraction along it.
  const cuts: [number, number][][] = lines.map(() => []);
  const boxes = lines.map((line) => {
    const [xs, ys] = [line.map(([x]) => x), line.map(([, y]) => y)];
    return [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  });
  const apart = (p: number, q: number) =>
    boxes[p][1] < boxes[q][0] || boxes[q][1] < boxes[p][0] || boxes[p][3] < boxes[q][2] || boxes[q][3] < boxes[p][2];
  for (let p = 0; p < lines.length; p += 1) {
    for (let q = p + 1; q < lines.length; q += 1) {
      if (apart(p, q)) continue;
      for (let i = 1; i < lines[p].length; i += 1) {
        const [a, b] = [lines[p][i - 1], lines[p][i]];
        for (let j = 1; j < lines[q].length; j += 1) {
          const hit = crossing(a, b, lines[q][j - 1], lines[q][j]);
          if (hit) {
            cuts[p].push([i, hit[0]]);
            cuts[q].push([j, hit[1]]);
          }
        }
      }
    }
  }
  return lines.flatMap((line, p) => {
    const order = cuts[p].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
    const pieces: Point[][] = [];
    let piece: Point[] = [line[0]];
    let next = 0;
    for (let i = 1; i < line.length; i += 1) {
      for (; next < order.length && order[next][0] === i; next += 1) {
        const at = lerp(line[i - 1], line[i], order[next][1]);
        piece.push(at);
        pieces.push(piece);
        piece = [at];
      }
      piece.push(line[i]);
    }
    pieces.push(piece);
    return pieces;
  });
}

function turn(a: Point, b: Point, c: Point): number {
  const angle = Math.atan2(c[1] - b[1], c[0] - b[0]) - Math.atan2(b[1] - a[1], b[0] - a[0]);
  return Math.abs(Math.atan2(Math.sin(angle), Math.cos(angle)));
}

function pointAlong(line: readonly Point[], s: number): Point {
  for (let i = 1; i < line.length; i += 1) {
    const span = distance(line[i - 1], line[i]);
    if (s <= span || i === line.length - 1) return lerp(line[i - 1], line[i], span > 0 ? Math.min(1, s / span) : 0);
    s -= span;
  }
  return line[0];
}

const length = (line: readonly Point[]) => line.slice(1).reduce((sum, p, i) => sum + distance(line[i], p), 0);

/**
 * New points along `line`: its ends, its corners, and otherwise a point every few pixels; all but the ends
 * a little off the line. The ends stay put because other edges meet them there (tour() moves them).
 */
function resample(line: readonly Point[], random: Random): Point[] {
  const between = (min: number, max: number) => min + (max - min) * random();
  const corners = [0];
  for (let i = 1; i < line.length - 1; i += 1) if (turn(line[i - 1], line[i], line[i + 1]) > CORNER) corners.push(i);
  corners.push(line.length - 1);
  const spacing = between(...SPACING);
  const out: Point[] = [line[0]];
  for (let c = 1; c < corners.length; c += 1) {
    const part = line.slice(corners[c - 1], corners[c] + 1);
    const total = length(part);
    const steps = Math.max(1, Math.round(total / spacing));
    for (let k = 1; k < steps; k += 1) {
      out.push(pointAlong(part, ((k + between(-0.3, 0.3)) / steps) * total));
    }
    out.push(part[part.length - 1]);
  }
  // Corners wander too, or each would be the same point every time its edge is drawn.
  const wander = ([x, y]: Point): Point => [x + between(-WOBBLE, WOBBLE), y + between(-WOBBLE, WOBBLE)];
  return out.map((p, i) => (i === 0 || i === out.length - 1 ? p : wander(p)));
}

/**
 * Subpaths that draw every edge at least once. Each starts on an edge not drawn yet and goes on from edge
 * to edge, preferring edges not drawn yet and otherwise going back over drawn ones to the nearest that is
 * not, until its length passes a random target; it may stop in the middle of an edge. Every time an edge
 * is drawn it is resampled afresh and every time a node is passed it moves a little, so no point appears
 * twice in the markup (except by chance, after rounding): a program cannot find where strokes meet, or
 * what was drawn twice, by looking for repeats.
 */
export function tour(edges: readonly Point[][], random: Random): Point[][] {
  const between = (min: number, max: number) => min + (max - min) * random();
  const nudge = ([x, y]: Point): Point => [x + between(-WOBBLE, WOBBLE), y + between(-WOBBLE, WOBBLE)];
  const lines = edges.map((edge) => [...edge]);
  const nodes: Point[] = [];
  const node = (p: Point) => {
    const found = nodes.findIndex((n) => distance(n, p) < SAME_NODE);
    return found >= 0 ? found : nodes.push(p) - 1;
  };
  const ends = lines.map((line) => [node(line[0]), node(line[line.length - 1])]);
  const drawn = lines.map(() => false);
  const adjacent: number[][] = nodes.map(() => []);
  ends.forEach(([a, b], e) => {
    adjacent[a].push(e);
    if (b !== a) adjacent[b].push(e);
  });
  const other = (e: number, n: number) => (ends[e][0] === n ? ends[e][1] : ends[e][0]);
  const from = (e: number, n: number) => (ends[e][0] === n ? lines[e] : [...lines[e]].reverse());
  // Edges from node n to the nearest node where an edge is still to draw (breadth first); none if cut off.
  const route = (n: number): number[] | undefined => {
    const via = new Map<number, number[]>([[n, []]]);
    for (const queue = [n]; queue.length > 0;) {
      const at = queue.shift()!;
      if (adjacent[at].some((e) => !drawn[e])) return via.get(at);
      for (const e of adjacent[at]) {
        const to = other(e, at);
        if (!via.has(to)) {
          via.set(to, [...via.get(at)!, e]);
          queue.push(to);
        }
      }
    }
    return undefined;
  };

  const subpaths: Point[][] = [];
  for (;;) {
    const left = drawn.map((done, e) => (done ? -1 : e)).filter((e) => e >= 0);
    if (left.length === 0) return subpaths;
    const first = left[Math.floor(random() * left.length)];
    let at = ends[first][random() < 0.5 ? 0 : 1];
    const path: Point[] = [nudge(nodes[at])];
    const draw = (points: Point[]) => {
      path.push(...points.slice(1, -1), nudge(points[points.length - 1]));
      return length(points);
    };
    const target = between(...TOUR);
    let travelled = 0;
    let next: number | undefined = first;
    while (next !== undefined) {
      const e: number = next;
      const points = resample(from(e, at), random);
      // Stop part of the way along the edge: the rest becomes an edge of its own, to draw later.
      let stop = -1;
      for (let i = 1, sum = travelled; i < points.length - 1 && stop < 0; i += 1) {
        sum += distance(points[i - 1], points[i]);
        if (sum > target) stop = i;
      }
      if (stop > 0) {
        draw(points.slice(0, stop + 1));
        const [mid, far] = [node(points[stop]), other(e, at)];
        [lines[e], ends[e]] = [points.slice(stop), [mid, far]];
        if (far !== at) adjacent[at].splice(adjacent[at].indexOf(e), 1);
        (adjacent[mid] ??= []).push(e);
        break;
      }
      travelled += draw(points);
      drawn[e] = true;
      at = other(e, at);
      if (travelled > target) break;
      const fresh = adjacent[at].filter((f) => !drawn[f]);
      if (fresh.length > 0) {
        next = fresh[Math.floor(random() * fresh.length)];
        continue;
      }
      const back = route(at);
      if (!back || back.length === 0) break;
      // Going back over ink already drawn: it does not show, and its points are new ones.
      for (const b of back) {
        travelled += draw(resample(from(b, at), random));
        at = other(b, at);
      }
      const ahead = adjacent[at].filter((f) => !drawn[f]);
      next = ahead[Math.floor(random() * ahead.length)];
    }
    subpaths.push(path);
  }
}
