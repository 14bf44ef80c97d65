import { fileLabel, refuseOversize, TransferError } from './errors';

export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

/** A file after decoding, as the background reads it. */
export interface ImportText {
  name: string;
  text: string;
}

/**
 * Turns a file's bytes into text, refusing anything that is not UTF-8 text: TaskLens writes
 * UTF-8 (with a BOM in CSV), so other encodings would only come back as garbled records.
 */
export function decodeImportFile(bytes: Uint8Array, fileName: string): string {
  const name = fileLabel(fileName);
  refuseOversize([fileName], bytes.byteLength);
  if (bytes.byteLength === 0) throw new TransferError(`${name} is empty. Nothing was changed.`);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new TransferError(
      `${name} is saved as UTF-16. Save it as UTF-8 (in a spreadsheet: "CSV UTF-8") and import it again. Nothing was changed.`,
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new TransferError(
      `${name} is not UTF-8 text (it may be a binary file or use another encoding). Export it again from TaskLens, or save it as UTF-8. Nothing was changed.`,
    );
  }
  // Valid UTF-8 can still be binary. A NUL in the first kilobyte (where the header is) is the
  // usual sign, as git and grep judge it; text from TaskLens or a spreadsheet has none there.
  if (text.slice(0, 1024).includes('\u0000')) {
    throw new TransferError(`${name} holds binary data, not text. Nothing was changed.`);
  }
  return text;
}

/** Decodes files as UTF-8 text, refusing the lot if they are too big or any is not text. */
export function decodeImportFiles(files: readonly ImportFile[]): ImportText[] {
  refuseOversize(
    files.map((f) => f.name),
    files.reduce((sum, f) => sum + f.bytes.byteLength, 0),
  );
  return files.map((f) => ({ name: f.name, text: decodeImportFile(f.bytes, f.name) }));
}
