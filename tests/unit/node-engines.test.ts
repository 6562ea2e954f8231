/** @jest-environment node */
import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Issue 9 item 16: the Node.js versions the README promises are the ones every pinned package accepts. Two
 * development tools once asked for Node 22 while `engines` said 20: a newcomer on Node 20 met warnings or failures.
 * This reads each direct dependency's own `engines.node` and checks the lowest release of every line the project
 * supports against it.
 */
const ROOT = process.cwd();
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
const project = readJson(path.join(ROOT, 'package.json')) as {
  engines: { node: string };
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

type Version = [number, number, number];
const parse = (text: string): Version => {
  const [major = 0, minor = 0, patch = 0] = text
    .replace(/^v/, '')
    .split('.')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : 0));
  return [major, minor, patch];
};
const compare = (a: Version, b: Version) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/** npm's range forms that occur in engines fields: `>=`, `>`, `<=`, `<`, `^`, `~`, `=`, an exact or `x` version, `||`. */
function satisfies(version: string, range: string): boolean {
  const v = parse(version);
  return range.split('||').some((alternative) =>
    alternative
      .trim()
      .replace(/(>=|<=|>|<|=|\^|~)\s+/g, '$1')
      .split(/\s+/)
      .filter(Boolean)
      .every((comparator) => {
        const [, op = '', rest = ''] = /^(>=|<=|>|<|=|\^|~)?(.*)$/.exec(comparator)!;
        if (rest === '*' || rest === 'x' || rest === '') return true;
        const bound = parse(rest);
        const given = rest.split('.').filter((p) => /^\d+$/.test(p)).length;
        switch (op) {
          case '>=':
            return compare(v, bound) >= 0;
          case '>':
            return compare(v, bound) > 0;
          case '<=':
            return compare(v, bound) <= 0;
          case '<':
            return compare(v, bound) < 0;
          case '^':
            return compare(v, bound) >= 0 && v[0] === bound[0];
          case '~':
            return compare(v, bound) >= 0 && v[0] === bound[0] && v[1] === bound[1];
          default:
            // An exact version, or a partial one ("20", "20.9") standing for every release under it.
            return v.slice(0, given).every((part, i) => part === bound[i]);
        }
      }),
  );
}

/** The lowest release of each line `engines` admits: "^20.19.0 || ^22.13.0 || >=24.0.0" → 20.19.0, 22.13.0, 24.0.0. */
const floors = project.engines.node.split('||').map((alternative) => alternative.trim().replace(/^(\^|>=|~)/, ''));

test('the range reader agrees with npm on the forms the packages use', () => {
  expect(satisfies('20.19.0', '>= 10')).toBe(true);
  expect(satisfies('20.19.0', '^18.18.0 || ^20.9.0 || >=21.1.0')).toBe(true);
  expect(satisfies('20.8.0', '^18.18.0 || ^20.9.0 || >=21.1.0')).toBe(false);
  expect(satisfies('20.19.0', '>=22.12')).toBe(false);
  expect(satisfies('22.13.0', '^20.19.0 || ^22.13.0 || >=24.0.0')).toBe(true);
  expect(satisfies('23.0.0', '^20.19.0 || ^22.13.0 || >=24.0.0')).toBe(false);
});

test('the README names the supported lines as package.json does', () => {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  expect(floors).toEqual(['20.19.0', '22.13.0', '24.0.0']);
  expect(readme).toContain('Node.js 20.19 or later on the 20 line, 22.13 or later on the 22 line, or 24 and later');
});

test.each(Object.keys({ ...project.dependencies, ...project.devDependencies }))(
  '%s runs on every Node.js line the project supports',
  (name) => {
    const { engines } = readJson(path.join(ROOT, 'node_modules', name, 'package.json')) as { engines?: { node?: string } };
    const wanted = engines?.node;
    for (const floor of floors) expect(wanted === undefined || satisfies(floor, wanted) ? floor : `${floor} (wants ${wanted})`).toBe(floor);
  },
);
