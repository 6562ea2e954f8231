import { writeFileSync } from 'node:fs';

/** Writes a report, formatted as the repository's other Markdown so that `npm run format:check` passes on it. */
export async function writeMarkdown(file: string, lines: string[]): Promise<void> {
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(file)) ?? {};
  writeFileSync(file, await prettier.format(`${lines.join('\n')}\n`, { ...options, filepath: file }));
}
