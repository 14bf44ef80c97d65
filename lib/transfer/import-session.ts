import type { TaskLensDb } from '../db/database';
import { applyImport, previewImport } from './apply';
import type { ImportPartCommand, ImportReply } from './commands';
import { TransferError } from './errors';
import type { ImportMode } from './payload';
import { readImportTexts } from './read-file';
import type { ReadResult } from './read-result';
import { TextAssembler } from './text-parts';

/**
 * The background's side of an import, one at a time: it gathers the files' text, reads and checks
 * every record once, keeps the result for the preview and the write, and forgets it once written
 * (or when a new import starts). A worker restart forgets it too; the page then sends the files
 * again.
 */
export class ImportSession {
  private receiving: { importId: string; assembler: TextAssembler } | null = null;
  private held: { importId: string; read: ReadResult } | null = null;

  constructor(private readonly db: TaskLensDb) {}

  async receive(m: ImportPartCommand): Promise<ImportReply> {
    if (m.part === 0) {
      this.receiving = { importId: m.importId, assembler: new TextAssembler() };
      this.held = null;
    } else if (this.receiving?.importId !== m.importId) {
      throw new Error('The import was interrupted before it could finish; nothing was changed. Try again.');
    }
    const files = this.receiving.assembler.add(m);
    if (!files) return { status: 'waiting', received: m.part + 1 };
    this.receiving = null;
    let read: ReadResult;
    try {
      read = await readImportTexts(files);
    } catch (error) {
      if (error instanceof TransferError)
        return { status: 'refused', summary: error.summary, details: error.details };
      throw error;
    }
    this.held = { importId: m.importId, read };
    return m.apply ? this.apply(m.importId, m.mode) : this.preview(m.importId, m.mode);
  }

  async preview(importId: string, mode: ImportMode): Promise<ImportReply> {
    const read = this.heldFor(importId, mode);
    if (!read) return { status: 'expired' };
    if ('status' in read) return read;
    const summary = await previewImport(this.db, read.payload, mode);
    return { status: 'preview', summary, kind: read.kind, notes: read.notes };
  }

  async apply(importId: string, mode: ImportMode): Promise<ImportReply> {
    const read = this.heldFor(importId, mode);
    if (!read) return { status: 'expired' };
    if ('status' in read) return read;
    const summary = await applyImport(this.db, read.payload, mode);
    this.held = null;
    return { status: 'applied', summary };
  }

  private heldFor(importId: string, mode: ImportMode): ReadResult | ImportReply | null {
    if (this.held?.importId !== importId) return null;
    if (mode === 'replace' && this.held.read.kind !== 'backup') {
      return {
        status: 'refused',
        summary:
          'Only a JSON backup holds the whole log, so only a backup can replace it. Nothing was changed.',
        details: [],
      };
    }
    return this.held.read;
  }
}
