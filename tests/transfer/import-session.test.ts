import { countApplications } from '@/lib/db/applications';
import { describe, expect, it } from 'vitest';
import { useFreshDb } from '../db/fixtures';
import type { TaskLensDb } from '@/lib/db/database';
import type { CommandRequest } from '@/lib/messaging/commands';

type ImportFilesCommand = CommandRequest<'import:files'>;
type ImportPartCommand = CommandRequest<'import:part'>;
import { TransferError } from '@/lib/transfer/errors';
import { ImportSession } from '@/lib/transfer/import-session';
import { readLog } from '@/lib/transfer/log-read';
import type { LogContents } from '@/lib/transfer/payload';
import { splitTexts } from '@/lib/transfer/text-parts';
import { sorted } from './helpers';
import { sampleApplication, sampleEvent, samplePlatform } from './sample';
import { buildApplicationsCsv, buildJsonExport } from './export-files';

let db: TaskLensDb;
useFreshDb((fresh) => (db = fresh));

const log: LogContents = {
  platforms: [samplePlatform()],
  applications: Array.from({ length: 30 }, (_, i) => sampleApplication(`${i}`)),
  events: Array.from({ length: 60 }, (_, i) => sampleEvent(`e${i}`, `app-${i % 30}`)),
};

/** Files the page names by URL, as the background would fetch them. */
const blobs = new Map<string, Uint8Array>();
const fetchBlob = (url: string) => {
  const bytes = blobs.get(url);
  return bytes ? Promise.resolve(bytes) : Promise.reject(new TypeError('Failed to fetch'));
};
const noFetch = () => Promise.reject(new TypeError('Failed to fetch'));

/** The messages a page sends for these files, cut small so they take several parts. */
function partsFor(name: string, text: string, apply = false, importId: string = crypto.randomUUID()) {
  return splitTexts([{ name, text }], Math.ceil(text.length / 3)).map((part): ImportPartCommand => ({
    type: 'import:part',
    importId,
    ...part,
    mode: 'merge',
    apply,
  }));
}

async function send(session: ImportSession, parts: ImportPartCommand[]) {
  let reply;
  for (const part of parts) reply = await session.receive(part);
  return reply;
}

describe('the background’s side of an import', () => {
  it('reads the files once, previews, and writes what it kept', async () => {
    const session = new ImportSession(db, noFetch);
    const parts = partsFor('backup.json', buildJsonExport(log, new Date()));
    expect(parts.length).toBeGreaterThan(2);
    expect(await session.receive(parts[0])).toEqual({ status: 'waiting', received: 1 });
    const preview = await send(session, parts.slice(1));
    expect(preview).toMatchObject({ status: 'preview', kind: 'backup' });
    expect(preview?.status === 'preview' && preview.summary.applications.added).toBe(30);
    expect(await countApplications(db)).toBe(0);

    const replace = await session.preview(parts[0].importId, 'replace');
    expect(replace).toMatchObject({ status: 'preview', summary: { mode: 'replace' } });
    const applied = await session.apply(parts[0].importId, 'merge');
    expect(applied).toMatchObject({ status: 'applied', summary: { events: { added: 60 } } });
    expect(sorted(await readLog(db))).toEqual(sorted(log));
    // Written once: the session no longer holds it.
    expect(await session.apply(parts[0].importId, 'merge')).toEqual({ status: 'expired' });
  });

  it('after a restart asks for the files again, and can then check and write in one go', async () => {
    const parts = partsFor('backup.json', buildJsonExport(log, new Date()));
    await send(new ImportSession(db, noFetch), parts);
    const restarted = new ImportSession(db, noFetch);
    expect(await restarted.apply(parts[0].importId, 'merge')).toEqual({ status: 'expired' });
    const again = partsFor('backup.json', buildJsonExport(log, new Date()), true, parts[0].importId);
    expect(await send(restarted, again)).toMatchObject({ status: 'applied' });
    expect(await countApplications(db)).toBe(30);
  });

  it('refuses a broken file with its reasons and changes nothing', async () => {
    const session = new ImportSession(db, noFetch);
    const text = buildJsonExport(log, new Date()).replace('"stage":"applied"', '"stage":"hired"');
    const reply = await send(session, partsFor('backup.json', text, true));
    expect(reply).toMatchObject({ status: 'refused' });
    expect(reply?.status === 'refused' && reply.details.join(' ')).toMatch(/platforms\[0\].*stage/);
    expect(await countApplications(db)).toBe(0);
  });

  it('lets only a JSON backup replace the log', async () => {
    const session = new ImportSession(db, noFetch);
    const parts = partsFor('applications.csv', buildApplicationsCsv(log));
    expect(await send(session, parts)).toMatchObject({ status: 'preview', kind: 'csv' });
    expect(await session.apply(parts[0].importId, 'replace')).toMatchObject({ status: 'refused' });
    expect(await countApplications(db)).toBe(0);
  });

  it('fetches files the page names by URL, and says so when it cannot', async () => {
    const url = `blob:chrome-extension://tasklens/${crypto.randomUUID()}`;
    blobs.set(url, new TextEncoder().encode(buildJsonExport(log, new Date())));
    const session = new ImportSession(db, fetchBlob);
    const files = (importId: string, apply: boolean): ImportFilesCommand => ({
      type: 'import:files',
      importId,
      files: [{ name: 'backup.json', url }],
      mode: 'merge',
      apply,
    });
    const id = crypto.randomUUID();
    expect(await session.receiveFiles(files(id, false))).toMatchObject({ status: 'preview', kind: 'backup' });
    expect(await session.apply(id, 'merge')).toMatchObject({ status: 'applied' });
    expect(sorted(await readLog(db))).toEqual(sorted(log));
    blobs.delete(url);
    expect(await session.receiveFiles(files(crypto.randomUUID(), true))).toEqual({ status: 'unreachable' });
  });

  it('keeps another tab’s import while writing one, and forgets one the page discards', async () => {
    const session = new ImportSession(db, noFetch);
    const first = partsFor('backup.json', buildJsonExport(log, new Date()));
    await send(session, first);
    const second = partsFor('applications.csv', buildApplicationsCsv(log));
    const writing = session.apply(first[0].importId, 'merge');
    await send(session, second);
    expect(await writing).toMatchObject({ status: 'applied' });
    expect(await session.preview(second[0].importId, 'merge')).toMatchObject({ status: 'preview' });
    session.discard(second[0].importId);
    expect(await session.preview(second[0].importId, 'merge')).toEqual({ status: 'expired' });
  });

  it('does not keep an import discarded, or overtaken by a newer one, while it was being read', async () => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const url = `blob:chrome-extension://tasklens/${crypto.randomUUID()}`;
    blobs.set(url, new TextEncoder().encode(buildJsonExport(log, new Date())));
    const slowFetch = async (u: string) => {
      await gate;
      return fetchBlob(u);
    };
    const session = new ImportSession(db, slowFetch);
    const command = (importId: string): ImportFilesCommand => ({
      type: 'import:files',
      importId,
      files: [{ name: 'backup.json', url }],
      mode: 'merge',
      apply: false,
    });
    const discarded = crypto.randomUUID();
    const reading = session.receiveFiles(command(discarded));
    session.discard(discarded);
    release();
    expect(await reading).toEqual({ status: 'expired' });
    expect(await session.preview(discarded, 'merge')).toEqual({ status: 'expired' });

    const older = session.receiveFiles(command(crypto.randomUUID()));
    const newer = crypto.randomUUID();
    expect(await session.receiveFiles(command(newer))).toMatchObject({ status: 'preview' });
    expect(await older).toEqual({ status: 'expired' });
    expect(await session.preview(newer, 'merge')).toMatchObject({ status: 'preview' });
  });

  it('passes on a refusal from fetching, such as a file too big', async () => {
    const session = new ImportSession(db, () =>
      Promise.reject(
        new TransferError('The file is 80 MB; TaskLens imports up to 64 MB. Nothing was changed.'),
      ),
    );
    const reply = await session.receiveFiles({
      importId: crypto.randomUUID(),
      files: [{ name: 'big.json', url: 'blob:chrome-extension://tasklens/big' }],
      mode: 'merge',
      apply: false,
    });
    expect(reply).toMatchObject({ status: 'refused', summary: expect.stringMatching(/80 MB/) });
  });

  it('refuses the rest of an import whose start it never saw', async () => {
    const session = new ImportSession(db, noFetch);
    const parts = partsFor('backup.json', buildJsonExport(log, new Date()));
    await expect(session.receive(parts[1])).rejects.toThrow(/interrupted/);
  });
});
