import { send } from '@/components/shared/send';
import type { ImportReply } from '@/lib/transfer/import-reply';
import { refuseOversize, TransferError } from '@/lib/transfer/errors';
import type { ImportMode } from '@/lib/transfer/payload';
import { recordsWritten, type ImportSummary } from '@/lib/transfer/plan';
import { decodeImportFiles, type ImportText } from '@/lib/transfer/decode';
import type { ReadResult } from '@/lib/transfer/read-result';
import { splitTexts } from '@/lib/transfer/text-parts';

type Step = (label: string, fraction: number | null) => void;

const NO_ANSWER = 'TaskLens did not answer the import. Try again.';

/** The background reports no progress while it checks (and writes) the records. */
const checking = (apply: boolean) =>
  apply ? 'Checking every record and writing them to your log…' : 'Checking every record…';

/** The files chosen for import, and how the background can reach them. */
interface ChosenFiles {
  importId: string;
  files: File[];
  /** `blob:` URLs for the files, which the background fetches; see releasePicked. */
  urls: string[];
}

/** Files chosen for import, as the background has read them. */
export interface PickedImport extends ChosenFiles {
  kind: ReadResult['kind'];
  notes: string[];
}

/** Lets the browser free the files, and the background what it read of them, once done with them. */
export function releasePicked(picked: ChosenFiles | null) {
  if (!picked) return;
  for (const url of picked.urls) URL.revokeObjectURL(url);
  void send({ type: 'import:discard', importId: picked.importId }).catch(() => undefined);
}

/** Reads the chosen files as UTF-8 text in this page, for a background that cannot fetch them. */
async function decodeFiles(files: File[], onStep: Step): Promise<ImportText[]> {
  onStep('Reading the file…', null);
  const read = await Promise.all(
    files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
  );
  return decodeImportFiles(read);
}

function unwrap(reply: ImportReply): ImportReply {
  if (reply.status === 'refused') throw new TransferError(reply.summary, reply.details);
  return reply;
}

/**
 * Hands the files' text to the background in message-sized parts. It reads and checks every
 * record once the last part is in, then answers with the preview, or with `apply` writes them.
 */
async function sendTexts(
  texts: ImportText[],
  importId: string,
  mode: ImportMode,
  apply: boolean,
  onStep: Step,
): Promise<ImportReply> {
  const parts = splitTexts(texts);
  for (const part of parts) {
    if (part.part === parts.length - 1) {
      onStep(checking(apply), null);
    } else {
      onStep(
        `Handing the file to TaskLens (part ${part.part + 1} of ${parts.length})…`,
        part.part / parts.length,
      );
    }
    const reply = unwrap(await send<ImportReply>({ type: 'import:part', importId, ...part, mode, apply }));
    if (reply.status !== 'waiting') return reply;
  }
  throw new Error(NO_ANSWER);
}

/**
 * Names the files to the background by URL; it fetches and checks them, then previews or, with
 * `apply`, writes them. A background that cannot fetch them gets their text instead.
 */
async function sendFiles(
  chosen: ChosenFiles,
  mode: ImportMode,
  apply: boolean,
  onStep: Step,
): Promise<ImportReply> {
  const { importId, files, urls } = chosen;
  onStep(checking(apply), null);
  const named = files.map((f, i) => ({ name: f.name, url: urls[i] }));
  const reply = unwrap(
    await send<ImportReply>({ type: 'import:files', importId, files: named, mode, apply }),
  );
  if (reply.status !== 'unreachable') return reply;
  return sendTexts(await decodeFiles(files, onStep), importId, mode, apply, onStep);
}

/** Sends and previews the chosen files (merging, the safe default). */
export async function pickFiles(
  files: File[],
  onStep: Step,
): Promise<{ picked: PickedImport; summary: ImportSummary }> {
  // Refused from the size the browser reports, before a byte is read.
  refuseOversize(
    files.map((f) => f.name),
    files.reduce((sum, f) => sum + f.size, 0),
  );
  const chosen = { importId: crypto.randomUUID(), files, urls: files.map((f) => URL.createObjectURL(f)) };
  try {
    const reply = await sendFiles(chosen, 'merge', false, onStep);
    if (reply.status !== 'preview') throw new Error(NO_ANSWER);
    return { picked: { ...chosen, kind: reply.kind, notes: reply.notes }, summary: reply.summary };
  } catch (error) {
    releasePicked(chosen);
    throw error;
  }
}

/**
 * Asks the background to preview or write the picked files; if it no longer holds them (it was
 * restarted), they are sent again.
 */
async function askAbout(picked: PickedImport, mode: ImportMode, apply: boolean, onStep: Step) {
  const type = apply ? 'import:apply' : 'import:preview';
  const reply = unwrap(await send<ImportReply>({ type, importId: picked.importId, mode }));
  return reply.status === 'expired' ? sendFiles(picked, mode, apply, onStep) : reply;
}

/** What the picked files would do in another mode, read against the log as it is now. */
export async function previewPicked(picked: PickedImport, mode: ImportMode, onStep: Step) {
  onStep('Working out what would change…', null);
  const reply = await askAbout(picked, mode, false, onStep);
  if (reply.status !== 'preview') throw new Error(NO_ANSWER);
  return reply.summary;
}

/** Writes the picked files, as previewed, in one transaction in the background. */
export async function applyPicked(
  picked: PickedImport,
  mode: ImportMode,
  preview: ImportSummary,
  onStep: Step,
): Promise<ImportSummary> {
  onStep(`Writing ${recordsWritten(preview).toLocaleString()} records to your log in one go…`, null);
  const reply = await askAbout(picked, mode, true, onStep);
  if (reply.status !== 'applied')
    throw new Error('TaskLens did not confirm the import. Check your log, then try again.');
  return reply.summary;
}
