import type { TaskLensDb } from '@/lib/db/database';
import { applyImport } from '@/lib/transfer/apply';
import { ImportAssembler } from '@/lib/transfer/chunks';
import type { ImportPartReply, TransferCommand } from '@/lib/transfer/commands';
import type { ImportSummary } from '@/lib/transfer/plan';
import { wipeLog } from '@/lib/transfer/wipe';

const assembler = new ImportAssembler();

/**
 * Import and wipe, from the extension's own pages. An import's parts are held until the last
 * arrives, then applied in one transaction against the log as it is at that moment.
 */
export async function handleTransferCommand(db: TaskLensDb, m: TransferCommand) {
  if (m.type === 'db:wipe') return wipeLog(db);
  const whole = assembler.add(m);
  if (!whole)
    return { done: false, received: m.part + 1, parts: m.parts } satisfies ImportPartReply<ImportSummary>;
  const summary = await applyImport(db, whole.payload, whole.mode);
  return { done: true, summary } satisfies ImportPartReply<ImportSummary>;
}
