import { browser } from 'wxt/browser';
import type { Analysis } from '@/lib/analysis/types';
import type { Listing } from '@/lib/model/listing';
import type { WrongPart } from '@/lib/messaging/protocol';
import {
  appendWrongReport,
  readWrongReports,
  WRONG_REPORTS_KEY,
  type WrongReport,
} from '@/lib/messaging/wrong-reports';

let queue: Promise<unknown> = Promise.resolve();

/**
 * Adds a report to the local list and answers how many the list now holds. The listing comes from
 * the session, not the message, so a report always names the page it was filed on. Writes are
 * queued: two reports never overwrite.
 */
export function storeWrongReport(
  listing: Listing,
  part: WrongPart,
  note: string,
  analysis: Analysis | undefined,
): Promise<number> {
  const report: WrongReport = {
    id: crypto.randomUUID(),
    at: new Date().toISOString(),
    part,
    note,
    listing: {
      url: listing.url,
      siteId: listing.siteId,
      title: listing.title,
      company: listing.company,
      source: listing.source,
    },
    analysis,
  };
  const write = queue.then(async () => {
    const stored = (await browser.storage.local.get(WRONG_REPORTS_KEY))[WRONG_REPORTS_KEY];
    const reports = appendWrongReport(readWrongReports(stored), report);
    await browser.storage.local.set({ [WRONG_REPORTS_KEY]: reports });
    return reports.length;
  });
  queue = write.catch(() => undefined);
  return write;
}
