import { send } from '@/components/shared/send';
import type { ImportReply } from '@/lib/transfer/commands';
import { TransferError } from '@/lib/transfer/errors';
import { formatMegabytes, MAX_IMPORT_FILE_BYTES } from '@/lib/transfer/format';
import type { ImportMode } from '@/lib/transfer/payload';
import type { ImportSummary } from '@/lib/transfer/plan';
import { decodeImportFiles, type ImportText } from '@/lib/transfer/read-file';
import type { ReadResult } from '@/lib/transfer/read-result';
import { splitTexts } from '@/lib/transfer/text-parts';

type Step = (label: string, fraction: number | null) => void;

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
  throw new Error('TaskLens did not answer the import. Try again.');
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
  const total = files.reduce((sum, f) => sum + f.size, 0);
  // Refused from the size the browser reports, before a byte is read.
  if (total > MAX_IMPORT_FILE_BYTES) {
    throw new TransferError(
      `${files.length === 1 ? `"${files[0].name}" is` : 'These files come to'} ${formatMegabytes(total)}; TaskLens imports up to ${formatMegabytes(MAX_IMPORT_FILE_BYTES)}. Nothing was changed.`,
    );
  }
  const chosen = { importId: crypto.randomUUID(), files, urls: files.map((f) => URL.createObjectURL(f)) };
  try {
    const reply = await sendFiles(chosen, 'merge', false, onStep);
    if (reply.status !== 'preview') throw new Error('TaskLens did not answer the import. Try again.');
    return { picked: { ...chosen, kind: reply.kind, notes: reply.notes }, summary: reply.summary };
  } catch (error) {
    releasePicked(chosen);
    throw error;
  }
}

/** What the picked files would do in another mode, read against the log as it is now. */
export async function previewPicked(picked: PickedImport, mode: ImportMode, onStep: Step) {
  onStep('Working out what would change…', null);
  let reply = unwrap(await send<ImportReply>({ type: 'import:preview', importId: picked.importId, mode }));
  if (reply.status === 'expired') reply = await sendFiles(picked, mode, false, onStep);
  if (reply.status !== 'preview') throw new Error('TaskLens did not answer the import. Try again.');
  return reply.summary;
}

/** Writes the picked files, in one transaction in the background. */
export async function applyPicked(
  picked: PickedImport,
  mode: ImportMode,
  records: number,
  onStep: Step,
): Promise<ImportSummary> {
  onStep(`Writing ${records.toLocaleString()} records to your log in one go…`, null);
  let reply = unwrap(await send<ImportReply>({ type: 'import:apply', importId: picked.importId, mode }));
  if (reply.status === 'expired') reply = await sendFiles(picked, mode, true, onStep);
  if (reply.status !== 'applied')
    throw new Error('TaskLens did not confirm the import. Check your log, then try again.');
  return reply.summary;
}
