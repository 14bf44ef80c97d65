import type { TaskLensDb } from '@/lib/db/database';
import type { TransferCommand } from '@/lib/transfer/commands';
import { ImportSession } from '@/lib/transfer/import-session';
import { wipeLog } from '@/lib/transfer/wipe';

let session: ImportSession | undefined;

/** Import and wipe, from the extension's own pages. */
export function handleTransferCommand(db: TaskLensDb, m: TransferCommand) {
  session ??= new ImportSession(db);
  switch (m.type) {
    case 'db:wipe':
      return wipeLog(db);
    case 'import:part':
      return session.receive(m);
    case 'import:preview':
      return session.preview(m.importId, m.mode);
    case 'import:apply':
      return session.apply(m.importId, m.mode);
  }
}
