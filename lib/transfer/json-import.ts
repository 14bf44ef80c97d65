import { z } from 'zod';
import { ApplicationRecord, EventRecord, PlatformRecord } from '../model/records';
import { fileLabel, MAX_COLLECTED_PROBLEMS, refusalFor } from './errors';
import { MAX_IMPORT_APPLICATIONS, MAX_IMPORT_EVENTS, MAX_IMPORT_PLATFORMS } from './payload';
import type { ReadResult } from './read-result';
import { parseUntrustedJson } from './safe-json';
import { upgradeDocument } from './upgrade';

type ListName = 'platforms' | 'applications' | 'events';
const LIMITS: Record<ListName, number> = {
  platforms: MAX_IMPORT_PLATFORMS,
  applications: MAX_IMPORT_APPLICATIONS,
  events: MAX_IMPORT_EVENTS,
};

function label(list: ListName, index: number, item: unknown): string {
  const record = item as { listingKey?: unknown; name?: unknown } | null;
  const hint =
    list === 'applications' && typeof record?.listingKey === 'string'
      ? ` (listing key "${record.listingKey.slice(0, 60)}")`
      : list === 'platforms' && typeof record?.name === 'string'
        ? ` ("${record.name.slice(0, 60)}")`
        : '';
  return `${list}[${index}]${hint}`;
}

function validateList<T>(list: ListName, schema: z.ZodType<T>, raw: unknown, problems: string[]): T[] {
  if (!Array.isArray(raw)) {
    problems.push(`"${list}" must be a list.`);
    return [];
  }
  if (raw.length > LIMITS[list]) {
    problems.push(`"${list}" holds ${raw.length} records; TaskLens imports at most ${LIMITS[list]}.`);
    return [];
  }
  const valid: T[] = [];
  raw.forEach((item: unknown, index) => {
    if (problems.length >= MAX_COLLECTED_PROBLEMS) return;
    const result = schema.safeParse(item);
    if (result.success) valid.push(result.data);
    else {
      const issue = result.error.issues[0];
      const field = issue.path.length ? `, field ${issue.path.join('.')}` : '';
      problems.push(`${label(list, index, item)}${field}: ${issue.message}`);
    }
  });
  return valid;
}

/**
 * Reads a JSON backup: parsed safely, upgraded from older versions, every record validated.
 * Any problem refuses the whole file, naming the record and field.
 */
export function readJsonBackup(text: string, fileName: string): ReadResult {
  const what = fileLabel(fileName);
  const document = upgradeDocument(parseUntrustedJson(text, what), what);
  const problems: string[] = [];
  const platforms = validateList('platforms', PlatformRecord, document.platforms, problems);
  const applications = validateList('applications', ApplicationRecord, document.applications, problems);
  const events = validateList('events', EventRecord, document.events, problems);
  if (problems.length) {
    throw refusalFor(what, problems);
  }
  return {
    kind: 'backup',
    payload: { platforms, applications, events, platformsIfMissing: [] },
    sourceOf: (list, i) =>
      list === 'applications' ? `${what}, ${label(list, i, applications[i])}` : `${what}, ${list}[${i}]`,
    notes: [],
  };
}
