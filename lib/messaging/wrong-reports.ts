import { z } from 'zod';
import { Analysis } from '../analysis/types';
import { ListingSource } from '../model/listing';
import { WrongPart } from './protocol';
import { MAX_REPORT_NOTE } from '../model/limits';

/**
 * A "this is wrong" report the user filed from the panel. Kept in the extension's local storage
 * (never sent anywhere) so the user can export the list and share it if they choose.
 */
export const WrongReport = z.object({
  id: z.string().min(1).max(64),
  at: z.iso.datetime({ offset: true }),
  part: WrongPart,
  note: z.string().max(MAX_REPORT_NOTE),
  listing: z.object({
    url: z.string().max(4096),
    siteId: z.string().max(64),
    title: z.string().max(1000),
    company: z.string().max(500),
    source: ListingSource,
  }),
  analysis: Analysis.optional(),
});
export type WrongReport = z.infer<typeof WrongReport>;

export { WRONG_REPORTS_KEY } from './wrong-parts';
/** Oldest reports drop off past this, so the list cannot grow without bound. */
export const MAX_WRONG_REPORTS = 500;

/** The stored list, skipping anything that does not parse (storage is shared with older versions). */
export function readWrongReports(stored: unknown): WrongReport[] {
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((item) => {
    const parsed = WrongReport.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

export function appendWrongReport(list: WrongReport[], report: WrongReport): WrongReport[] {
  return [...list, report].slice(-MAX_WRONG_REPORTS);
}
