import { send } from '@/components/shared/send';
import { splitImport } from '@/lib/transfer/chunks';
import type { ImportPartReply } from '@/lib/transfer/commands';
import { TransferError } from '@/lib/transfer/errors';
import { formatMegabytes, MAX_IMPORT_FILE_BYTES } from '@/lib/transfer/format';
import type { ImportMode, ImportPayload } from '@/lib/transfer/payload';
import type { ImportSummary } from '@/lib/transfer/plan';
import { readImportFiles } from '@/lib/transfer/read-file';
import type { ReadResult } from '@/lib/transfer/read-result';
import { nextFrame } from './progress';

type Step = (label: string, fraction: number | null) => void;

/** Reads and checks the chosen files in this page; nothing is sent or written yet. */
export async function readPickedFiles(files: File[], onStep: Step): Promise<ReadResult> {
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
  onStep('Checking every record…', 0);
  await nextFrame();
  return readImportFiles(read, async (fileIndex, done, count) => {
    onStep('Checking every record…', (fileIndex + (count ? done / count : 1)) / files.length);
    await nextFrame();
  });
}

/** Hands the import to the background in message-sized parts; it writes once all have arrived. */
export async function sendImport(
  payload: ImportPayload,
  mode: ImportMode,
  onStep: Step,
): Promise<ImportSummary> {
  const parts = splitImport(payload, mode, crypto.randomUUID());
  const records = payload.applications.length + payload.events.length + payload.platforms.length;
  for (const part of parts) {
    // The last part starts the one write transaction, whose progress the database does not report.
    const last = part.part === parts.length - 1;
    if (last) onStep(`Writing ${records.toLocaleString()} records to your log in one go…`, null);
    else onStep(`Handing over part ${part.part + 1} of ${parts.length}…`, part.part / parts.length);
    const reply = await send<ImportPartReply<ImportSummary>>({ type: 'import:apply', ...part });
    if (reply.done) return reply.summary;
  }
  throw new Error('TaskLens did not confirm the import. Check your log, then try again.');
}
