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

/** Files chosen for import, as the background has read them. */
export interface PickedImport {
  importId: string;
  /** Kept so the files can be sent again if the background was restarted meanwhile. */
  texts: ImportText[];
  kind: ReadResult['kind'];
  notes: string[];
}

/** Reads the chosen files as UTF-8 text in this page; nothing is sent yet. */
async function decodePicked(files: File[], onStep: Step): Promise<ImportText[]> {
  const total = files.reduce((sum, f) => sum + f.size, 0);
  // Refused from the size the browser reports, before a byte is read.
  if (total > MAX_IMPORT_FILE_BYTES) {
    throw new TransferError(
      `${files.length === 1 ? `"${files[0].name}" is` : 'These files come to'} ${formatMegabytes(total)}; TaskLens imports up to ${formatMegabytes(MAX_IMPORT_FILE_BYTES)}. Nothing was changed.`,
    );
  }
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
 * Hands the files to the background in message-sized parts. It reads and checks every record
 * once the last part is in, then answers with the preview, or with `apply` writes them.
 */
async function sendFiles(
  texts: ImportText[],
  importId: string,
  mode: ImportMode,
  apply: boolean,
  onStep: Step,
): Promise<ImportReply> {
  const parts = splitTexts(texts);
  for (const part of parts) {
    if (part.part === parts.length - 1) {
      // The background reports no progress while it checks and writes.
      onStep(apply ? 'Checking every record and writing them to your log…' : 'Checking every record…', null);
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

/** Reads, sends and previews the chosen files (merging, the safe default). */
export async function pickFiles(
  files: File[],
  onStep: Step,
): Promise<{ picked: PickedImport; summary: ImportSummary }> {
  const texts = await decodePicked(files, onStep);
  const importId = crypto.randomUUID();
  const reply = await sendFiles(texts, importId, 'merge', false, onStep);
  if (reply.status !== 'preview') throw new Error('TaskLens did not answer the import. Try again.');
  return { picked: { importId, texts, kind: reply.kind, notes: reply.notes }, summary: reply.summary };
}

/** What the picked files would do in another mode, read against the log as it is now. */
export async function previewPicked(picked: PickedImport, mode: ImportMode, onStep: Step) {
  onStep('Working out what would change…', null);
  let reply = unwrap(await send<ImportReply>({ type: 'import:preview', importId: picked.importId, mode }));
  if (reply.status === 'expired') reply = await sendFiles(picked.texts, picked.importId, mode, false, onStep);
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
  if (reply.status === 'expired') reply = await sendFiles(picked.texts, picked.importId, mode, true, onStep);
  if (reply.status !== 'applied')
    throw new Error('TaskLens did not confirm the import. Check your log, then try again.');
  return reply.summary;
}
