import { readApplicationsCsv, readEventsCsv, csvKindOf } from './csv-import';
import { decodeImportFile, decodeImportFiles, type ImportFile, type ImportText } from './decode';
import { fileLabel, refuseOversize, TransferError } from './errors';
import { findDuplicates } from './duplicates';
import { readJsonBackup } from './json-import';
import { concatPayloads } from './payload';
import type { ReadResult } from './read-result';

/** How many clashing records a refusal lists. */
const SHOWN_CLASHES = 5;

/** Reads one file: a JSON backup, or a TaskLens applications or events CSV, told apart by content. */
function readImportText({ name, text }: ImportText): ReadResult {
  const start = text.trimStart()[0];
  if (start === '{' || start === '[' || /\.json$/i.test(name)) return readJsonBackup(text, name);
  const kind = csvKindOf(text);
  if (kind === 'applications') return readApplicationsCsv(text, name);
  if (kind === 'events') return readEventsCsv(text, name);
  throw new TransferError(
    `${fileLabel(name)} is not a TaskLens export: expected a JSON backup, or a CSV of applications or events exported by TaskLens. Nothing was changed.`,
  );
}

/** Decodes and reads one file on its own. */
export async function readImportFile(file: ImportFile): Promise<ReadResult> {
  return readImportText({ name: file.name, text: decodeImportFile(file.bytes, file.name) });
}

/** Decodes and reads files as one import (see readImportTexts). */
export async function readImportFiles(files: readonly ImportFile[]): Promise<ReadResult> {
  return readImportTexts(decodeImportFiles(files));
}

/**
 * Reads several files as one import (say an applications CSV with its events CSV), refusing the
 * lot if any one is refused or if two records clash.
 */
export async function readImportTexts(files: readonly ImportText[]): Promise<ReadResult> {
  // Text decoded from UTF-8 has no more characters than the file had bytes.
  refuseOversize(
    files.map((f) => f.name),
    files.reduce((sum, f) => sum + f.text.length, 0),
  );
  if (!files.length) throw new TransferError('No file was chosen. Nothing was changed.');
  const results = files.map(readImportText);
  if (results.length > 1 && results.some((r) => r.kind === 'backup')) {
    throw new TransferError('Import one JSON backup on its own, or CSV files together. Nothing was changed.');
  }
  const combined: ReadResult =
    results.length === 1
      ? results[0]
      : {
          kind: 'csv',
          payload: concatPayloads(results.map((r) => r.payload)),
          // An index into the combined lists, found in the file it came from.
          sourceOf: (list, index) => {
            let at = index;
            for (const r of results) {
              if (at < r.payload[list].length) return r.sourceOf(list, at);
              at -= r.payload[list].length;
            }
            return `${list}[${index}]`;
          },
          notes: results.flatMap((r) => r.notes),
        };
  // One more than is shown, so the message can tell one clash from several.
  const clashes = findDuplicates(combined.payload, combined.sourceOf, SHOWN_CLASHES + 1);
  if (clashes.length) {
    throw new TransferError(
      `The import was refused because ${clashes.length === 1 ? 'one record appears' : 'records appear'} twice:`,
      clashes.slice(0, SHOWN_CLASHES),
    );
  }
  return combined;
}
