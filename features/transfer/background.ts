import { browser } from 'wxt/browser';
import type { TaskLensDb } from '@/lib/db/database';
import { refuseOversize } from '@/lib/transfer/errors';
import { ImportSession } from '@/lib/transfer/import-session';

let session: ImportSession | undefined;

/**
 * Reads a file chosen for import through the `blob:` URL one of the extension's own pages made
 * for it. A blob URL names bytes already held by this browser: fetching it reads them from memory
 * and sends nothing anywhere. Any other URL is refused before it is fetched.
 */
async function fetchOwnBlob(url: string, name: string): Promise<Uint8Array> {
  const own = `blob:${browser.runtime.getURL('/')}`;
  if (!url.startsWith(own)) throw new Error('Not a file from TaskLens’s own pages.');
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The file could not be read (${response.status}).`);
  const blob = await response.blob();
  // Refused before its bytes are copied in.
  refuseOversize([name], blob.size);
  return new Uint8Array(await blob.arrayBuffer());
}

/** The background's one import in progress (import and wipe come only from the extension's own pages). */
export function importSession(db: TaskLensDb): ImportSession {
  return (session ??= new ImportSession(db, fetchOwnBlob));
}
