/**
 * Loads the real-world development data kept outside the repository (by default ../shared/data
 * from the project root): hand-labelled listings and messages, and EMSCAD job ads. Nothing from it
 * is ever written into the project; commands read it at run time only.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { z } from 'zod';

export const DEFAULT_REAL_DIR = '../shared/data';
export const LISTING_FILES = ['dev-listings-genuine.jsonl', 'dev-listings-risk.jsonl'] as const;
export const EMSCAD_FILE = 'emscad-dev-full.csv';
/** The project's scorer skips EMSCAD ads with less text than this; so do we. */
export const EMSCAD_MIN_TEXT = 200;

const PayLabel = z.object({
  min: z.number(),
  max: z.number(),
  currency: z.string(),
  unit: z.string(),
  per: z.number().optional(),
  kind: z.enum(['base', 'claim']).optional(),
});

export const ListingLabels = z.object({
  taskTypes: z.array(z.string()),
  payBases: z.array(z.string()),
  pay: z.array(PayLabel),
  risk: z.enum(['low', 'caution', 'high']),
  redFlags: z.array(z.string()).optional(),
});
export type ListingLabels = z.infer<typeof ListingLabels>;

const ListingLine = z.object({
  id: z.string().min(1),
  source: z.string(),
  url: z.string().optional(),
  origin: z.string().optional(),
  title: z.string().optional(),
  text: z.string().min(1),
  labels: ListingLabels,
});

const EMSCAD_COLUMNS = [
  'job_id',
  'title',
  'salary_range',
  'company_profile',
  'description',
  'requirements',
  'benefits',
  'fraudulent',
] as const;

const EmscadRow = z.object({
  job_id: z.string().min(1),
  title: z.string(),
  salary_range: z.string(),
  company_profile: z.string(),
  description: z.string(),
  requirements: z.string(),
  benefits: z.string(),
  fraudulent: z.enum(['0', '1']),
});
type EmscadRow = z.infer<typeof EmscadRow>;

interface RealItemBase {
  id: string;
  title: string;
  text: string;
  url?: string;
  /** Keys that near-duplicates share (same company blurb, same opening, same site). */
  groupKeys: string[];
}
export interface ListingItem extends RealItemBase {
  set: 'listings';
  source: string;
  labels: ListingLabels;
}
export interface EmscadItem extends RealItemBase {
  set: 'emscad';
  labels: { fraudulent: boolean };
}
export type RealItem = ListingItem | EmscadItem;

export interface RealData {
  items: RealItem[];
  /** EMSCAD rows left out for having too little text, as the project's scorer does. */
  skippedShort: number;
}

/** A problem with the data, naming the file and line. */
export class RealDataError extends Error {
  override name = 'RealDataError';
}

const describeIssue = (error: z.ZodError) => {
  const issue = error.issues[0];
  const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
  return `${where}${issue.message}`;
};

/** Lowercased, whitespace (including no-break spaces) collapsed; for near-duplicate keys. */
const squash = (s: string, length: number) => s.toLowerCase().replace(/\s+/g, ' ').trim().slice(0, length);

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

function readText(file: string): string {
  if (!existsSync(file)) {
    throw new RealDataError(`${file}: file not found (point --real at the folder holding the data)`);
  }
  return readFileSync(file, 'utf8');
}

function loadListings(file: string, shown: string): ListingItem[] {
  const items: ListingItem[] = [];
  readText(file)
    .split('\n')
    .forEach((line, index) => {
      if (!line.trim()) return;
      const at = `${shown}:${index + 1}`;
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch (e) {
        throw new RealDataError(`${at}: invalid JSON (${(e as Error).message})`);
      }
      const parsed = ListingLine.safeParse(json);
      if (!parsed.success) throw new RealDataError(`${at}: ${describeIssue(parsed.error)}`);
      const e = parsed.data;
      const host = hostOf(e.url) ?? hostOf(e.origin);
      items.push({
        id: e.id,
        set: 'listings',
        source: e.source,
        title: e.title ?? '',
        text: e.text,
        ...(e.url ? { url: e.url } : {}),
        labels: e.labels,
        // Texts collected from one site tend to share a voice and boilerplate.
        groupKeys: [...(host ? [`site:${host}`] : []), `opening:${squash(e.text, 80)}`],
      });
    });
  return items;
}

/** The text the project's scorer builds from an EMSCAD row: what a page would show. */
export function emscadText(r: Pick<EmscadRow, (typeof EMSCAD_COLUMNS)[number]>): string {
  return [
    r.title,
    r.salary_range && `Salary: ${r.salary_range}`,
    r.company_profile,
    r.description,
    r.requirements,
    r.benefits,
  ]
    .filter(Boolean)
    .join('\n\n');
}

function emscadKeys(r: EmscadRow): string[] {
  const keys: string[] = [];
  // Fraud series and big employers repeat one company blurb or one opening across many ads.
  const company = squash(r.company_profile, 100);
  if (company.length >= 20) keys.push(`company:${company}`);
  const opening = squash(r.description, 100);
  if (opening.length >= 20) keys.push(`opening:${opening}`);
  return keys;
}

function loadEmscad(file: string, shown: string): RealData {
  const text = readText(file);
  const items: EmscadItem[] = [];
  let skippedShort = 0;
  let cursor = 0;
  let line = 1;
  let failure: RealDataError | undefined;
  let columnsChecked = false;
  // Line numbers are counted from the parser's cursor, since quoted cells span several lines.
  const advance = (to: number) => {
    for (let i = cursor; i < to; i++) if (text.charCodeAt(i) === 10) line++;
    cursor = to;
  };
  Papa.parse<Record<string, string>>(text, {
    header: true,
    skipEmptyLines: 'greedy',
    step: (result, parser) => {
      const rowLine = line + (cursor === 0 ? 1 : 0);
      const at = `${shown}:${rowLine}`;
      if (!columnsChecked) {
        columnsChecked = true;
        const missing = EMSCAD_COLUMNS.filter((c) => !result.meta.fields?.includes(c));
        if (missing.length)
          failure = new RealDataError(`${shown}:1: missing column(s) ${missing.join(', ')}`);
      }
      if (!failure && result.errors.length) {
        failure = new RealDataError(`${at}: ${result.errors[0].message}`);
      }
      if (!failure) {
        const parsed = EmscadRow.safeParse(result.data);
        if (!parsed.success) failure = new RealDataError(`${at}: ${describeIssue(parsed.error)}`);
        else {
          const r = parsed.data;
          const body = emscadText(r);
          if (body.length < EMSCAD_MIN_TEXT) skippedShort++;
          else {
            items.push({
              id: `emscad-${r.job_id}`,
              set: 'emscad',
              title: r.title,
              text: body,
              labels: { fraudulent: r.fraudulent === '1' },
              groupKeys: emscadKeys(r),
            });
          }
        }
      }
      if (failure) parser.abort();
      advance(result.meta.cursor);
    },
  });
  if (failure) throw failure;
  if (!columnsChecked) throw new RealDataError(`${shown}: no rows`);
  const ids = new Set<string>();
  for (const item of items) {
    if (ids.has(item.id)) throw new RealDataError(`${shown}: job_id ${item.id.slice(7)} appears twice`);
    ids.add(item.id);
  }
  return { items, skippedShort };
}

/** Loads the listings and EMSCAD files from `dir`; errors name the file and line at fault. */
export function loadRealData(dir = DEFAULT_REAL_DIR): RealData {
  const shown = (name: string) => join(dir, name);
  const listings = LISTING_FILES.flatMap((f) => loadListings(join(dir, f), shown(f)));
  const ids = new Set<string>();
  for (const item of listings) {
    if (ids.has(item.id)) throw new RealDataError(`listing id ${item.id} appears twice`);
    ids.add(item.id);
  }
  const emscad = loadEmscad(join(dir, EMSCAD_FILE), shown(EMSCAD_FILE));
  return { items: [...listings, ...emscad.items], skippedShort: emscad.skippedShort };
}
