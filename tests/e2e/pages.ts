import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const dir = resolve(import.meta.dirname, 'pages');
const table = JSON.parse(readFileSync(resolve(dir, 'pages.json'), 'utf8')) as Record<
  string,
  { url: string; file: string }
>;

/** Hand-made pages for the end-to-end tests and the demo, keyed by name, with the real URL each lives at. */
export const PAGES = Object.fromEntries(
  Object.entries(table).map(([name, { url, file }]) => [name, { url, file: resolve(dir, file) }]),
) as Record<string, { url: string; file: string }>;

/** The named pages as `serve()` takes them: real URL → file. */
export function servedPages(...names: string[]): Record<string, string> {
  return Object.fromEntries(names.map((n) => [PAGES[n].url, PAGES[n].file]));
}
