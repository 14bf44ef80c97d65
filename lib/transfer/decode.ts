import { fileLabel, TransferError } from './errors';
import { formatMegabytes, MAX_IMPORT_FILE_BYTES } from './format';

/**
 * Turns a file's bytes into text, refusing anything that is not UTF-8 text: TaskLens writes
 * UTF-8 (with a BOM in CSV), so other encodings would only come back as garbled records.
 */
export function decodeImportFile(bytes: Uint8Array, fileName: string): string {
  const name = fileLabel(fileName);
  if (bytes.byteLength > MAX_IMPORT_FILE_BYTES) {
    throw new TransferError(
      `${name} is ${formatMegabytes(bytes.byteLength)}; TaskLens imports files up to ${formatMegabytes(MAX_IMPORT_FILE_BYTES)}. Nothing was changed.`,
    );
  }
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
