import { formatMegabytes, MAX_IMPORT_FILE_BYTES } from './file-format';

/** A problem with an import file, worded for the person who chose the file. */
export class TransferError extends Error {
  /** Each line names where in the file the problem is, e.g. `Row 14, column "URL": Invalid URL`. */
  readonly details: string[];
  /** The message without the details, for showing the details as a list. */
  readonly summary: string;

  constructor(message: string, details: string[] = []) {
    super(details.length ? `${message} ${details.join(' ')}` : message);
    this.name = 'TransferError';
    this.summary = message;
    this.details = details;
  }
}

/** At most this many problems are listed; the rest are counted so the message stays readable. */
const MAX_LISTED_PROBLEMS = 5;

/** A reader stops collecting problems here: the file is refused either way. */
export const MAX_COLLECTED_PROBLEMS = 100;

function summariseProblems(problems: string[]): string[] {
  if (problems.length <= MAX_LISTED_PROBLEMS) return problems;
  return [...problems.slice(0, MAX_LISTED_PROBLEMS), `…and ${problems.length - MAX_LISTED_PROBLEMS} more.`];
}

/** A file's name as messages quote it. */
export function fileLabel(fileName: string): string {
  return `"${fileName.slice(0, 120)}"`;
}

/**
 * Refuses files over MAX_IMPORT_FILE_BYTES, if they are: named when there is one name, "these
 * files" for several, "the file" when the name is not known.
 */
export function refuseOversize(names: readonly string[], bytes: number): void {
  if (bytes <= MAX_IMPORT_FILE_BYTES) return;
  const subject = names.length === 1 ? `${fileLabel(names[0])} is` : 'These files come to';
  throw new TransferError(
    `${subject} ${formatMegabytes(bytes)}; TaskLens imports files up to ${formatMegabytes(MAX_IMPORT_FILE_BYTES)}. Nothing was changed.`,
  );
}

/** The refusal of a file with invalid records, listing the first few problems. */
export function refusalFor(what: string, problems: string[]): TransferError {
  const count = problems.length >= MAX_COLLECTED_PROBLEMS ? 'many' : problems.length;
  return new TransferError(
    `${what} was not imported because of ${count} problem${problems.length === 1 ? '' : 's'}:`,
    summariseProblems(problems),
  );
}
