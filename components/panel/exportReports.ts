import { readWrongReports, WRONG_REPORTS_KEY, type WrongReport } from '@/lib/messaging/wrong-reports';

export async function loadWrongReports(): Promise<WrongReport[]> {
  const stored = await browser.storage.local.get(WRONG_REPORTS_KEY);
  return readWrongReports(stored[WRONG_REPORTS_KEY]);
}

/** Saves the user's "this is wrong" reports as a JSON file, straight from local storage. */
export async function downloadWrongReports(): Promise<number> {
  const reports = await loadWrongReports();
  const file = new Blob([JSON.stringify({ kind: 'tasklens-wrong-reports', version: 1, reports }, null, 2)], {
    type: 'application/json',
  });
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = `tasklens-reports-${new Date().toISOString().slice(0, 10)}.json`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return reports.length;
}
