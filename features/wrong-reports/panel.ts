import { downloadText } from '@/components/shared/download';
import { WRONG_REPORTS_KEY } from '@/lib/messaging/wrong-parts';
import { localCalendarDay } from '@/lib/model/calendar-day';

/** How many "this is wrong" reports are stored, without loading the schemas that check them. */
export async function countWrongReports(): Promise<number> {
  const stored = (await browser.storage.local.get(WRONG_REPORTS_KEY))[WRONG_REPORTS_KEY];
  return Array.isArray(stored) ? stored.length : 0;
}

/** Saves the user's "this is wrong" reports as a JSON file, straight from local storage. */
export async function downloadWrongReports(): Promise<number> {
  // Loaded on demand: checking each stored report needs zod, which the panel otherwise never loads.
  await import('@/lib/model/zod-config');
  const { readWrongReports } = await import('@/lib/messaging/wrong-reports');
  const stored = await browser.storage.local.get(WRONG_REPORTS_KEY);
  const reports = readWrongReports(stored[WRONG_REPORTS_KEY]);
  downloadText(
    `tasklens-reports-${localCalendarDay()}.json`,
    JSON.stringify({ kind: 'tasklens-wrong-reports', version: 1, reports }, null, 2),
    'application/json',
  );
  return reports.length;
}
