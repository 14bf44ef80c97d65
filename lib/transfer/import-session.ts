import type { TaskLensDb } from '../db/database';
import { applyImport, previewImport } from './apply';
import type { ImportFilesRequest, ImportPartRequest, ImportReply } from './import-reply';
import { TransferError } from './errors';
import type { ImportMode } from './payload';
import { decodeImportFiles, type ImportFile, type ImportText } from './decode';
import { readImportTexts } from './read-file';
import type { ReadResult } from './read-result';
import { TextAssembler } from './text-parts';

/**
 * Fetches a file the page named by URL (`name` is the file's own name, for messages); the
 * background passes the browser's fetch. It throws a TransferError for a file it refuses outright
 * (too big), anything else for one it cannot reach.
 */
export type FetchFile = (url: string, name: string) => Promise<Uint8Array>;

function refusal(error: TransferError): ImportReply {
  return { status: 'refused', summary: error.summary, details: error.details };
}

/**
 * The background's side of an import, one at a time: it fetches the files (or gathers their text),
 * reads and checks every record once, keeps the result for the preview and the write, and
 * forgets it once written (or when a new import starts). A worker restart forgets it too; the
 * page then sends the files again.
 */
export class ImportSession {
  private receiving: { importId: string; assembler: TextAssembler } | null = null;
  /** The import being fetched or read: only it may be kept once read (a newer one or a discard wins). */
  private pending: string | null = null;
  private held: { importId: string; read: ReadResult } | null = null;

  constructor(
    private readonly db: TaskLensDb,
    private readonly fetchFile: FetchFile,
  ) {}

  async receiveFiles(m: ImportFilesRequest): Promise<ImportReply> {
    this.receiving = null;
    this.held = null;
    this.pending = m.importId;
    let files: ImportFile[];
    try {
      files = await Promise.all(
        m.files.map(async (f) => ({ name: f.name, bytes: await this.fetchFile(f.url, f.name) })),
      );
    } catch (error) {
      if (error instanceof TransferError) return refusal(error);
      return { status: 'unreachable' };
    }
    return this.read(m.importId, () => decodeImportFiles(files), m.mode, m.apply);
  }

  async receive(m: ImportPartRequest): Promise<ImportReply> {
    if (m.part === 0) {
      this.receiving = { importId: m.importId, assembler: new TextAssembler() };
      this.held = null;
      this.pending = m.importId;
    } else if (this.receiving?.importId !== m.importId) {
      throw new Error('The import was interrupted before it could finish; nothing was changed. Try again.');
    }
    const files = this.receiving.assembler.add(m);
    if (!files) return { status: 'waiting', received: m.part + 1 };
    this.receiving = null;
    return this.read(m.importId, () => files, m.mode, m.apply);
  }

  /** Reads and checks the files, keeps them, then previews or writes them. */
  private async read(
    importId: string,
    texts: () => ImportText[],
    mode: ImportMode,
    apply: boolean,
  ): Promise<ImportReply> {
    let read: ReadResult;
    try {
      read = await readImportTexts(texts());
    } catch (error) {
      if (error instanceof TransferError) return refusal(error);
      throw error;
    }
    if (this.pending !== importId) return { status: 'expired' };
    this.pending = null;
    this.held = { importId, read };
    return apply ? this.apply(importId, mode) : this.preview(importId, mode);
  }

  async preview(importId: string, mode: ImportMode): Promise<ImportReply> {
    const held = this.heldFor(importId, mode);
    if ('status' in held) return held;
    const summary = await previewImport(this.db, held.read.payload, mode);
    return { status: 'preview', summary, kind: held.read.kind, notes: held.read.notes };
  }

  async apply(importId: string, mode: ImportMode): Promise<ImportReply> {
    const held = this.heldFor(importId, mode);
    if ('status' in held) return held;
    const summary = await applyImport(this.db, held.read.payload, mode);
    // Another tab may have started an import meanwhile; that one stays.
    if (this.held?.importId === importId) this.held = null;
    return { status: 'applied', summary };
  }

  /** Forgets an import the page no longer wants, so its records do not stay in memory. */
  discard(importId: string): null {
    if (this.held?.importId === importId) this.held = null;
    if (this.receiving?.importId === importId) this.receiving = null;
    if (this.pending === importId) this.pending = null;
    return null;
  }

  /** The import kept under this id, or the reply that says why it cannot be used in this mode. */
  private heldFor(importId: string, mode: ImportMode): { read: ReadResult } | ImportReply {
    if (this.held?.importId !== importId) return { status: 'expired' };
    if (mode === 'replace' && this.held.read.kind !== 'backup') {
      return {
        status: 'refused',
        summary:
          'Only a JSON backup holds the whole log, so only a backup can replace it. Nothing was changed.',
        details: [],
      };
    }
    return { read: this.held.read };
  }
}
