/** @jest-environment node */
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Every setting lib/config/env.ts reads has its row in the README's settings table, so operators can find it. */
const root = path.resolve(__dirname, '../..');
const source = readFileSync(path.join(root, 'lib/config/env.ts'), 'utf8');
const schema = source.slice(source.indexOf('const fields = z.object({'), source.indexOf('.superRefine'));
const settings = [...schema.matchAll(/^ {2}([A-Z][A-Z0-9_]+):/gm)].map((m) => m[1]!).filter((name) => name !== 'NODE_ENV');
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');

test('the schema was read', () => {
  expect(settings.length).toBeGreaterThan(20);
});

test.each(settings)('%s is in the README settings table', (name) => {
  const rows = readme.split('\n').filter((line) => /^\| `[A-Z]/.test(line));
  const named = rows.map((row) => row.split('|')[1]!).filter((cell) => [...cell.matchAll(/`([A-Z0-9_]+)`/g)].some((m) => m[1] === name));
  expect(named).toHaveLength(1);
});
