import { localCalendarDay } from '../model/calendar-day';
import { SCHEMA_VERSION } from '../model/records';

/** What a TaskLens export file is: its marker, version, size limits and file names. */

export const EXPORT_FORMAT = 'tasklens-export';

/**
 * Version of the records inside an export: the database's schema version, so a file says which
 * record shapes it holds. When it goes up, upgrade.ts gains the step from the previous version.
 */
export const EXPORT_SCHEMA_VERSION = SCHEMA_VERSION;

/** Largest file the importer reads. Bigger files are refused before they are parsed. */
export const MAX_IMPORT_FILE_BYTES = 64 * 1024 * 1024;

/** How many files one import may combine (an applications CSV with its events CSV, say). */
export const MAX_IMPORT_FILES = 8;

/**
 * Most characters of file text sent to the background in one runtime message. Browsers cap a
 * message at 64 MiB of JSON (Chrome) or less, and escaping can double a text's size in JSON;
 * parts stay well under so every browser takes them.
 */
export const MAX_MESSAGE_PART_CHARS = 8 * 1024 * 1024;

/** How many parts one import may take: MAX_IMPORT_FILE_BYTES of text in MAX_MESSAGE_PART_CHARS parts. */
export const MAX_MESSAGE_PARTS = MAX_IMPORT_FILE_BYTES / MAX_MESSAGE_PART_CHARS;

export type ExportKind = 'applications' | 'events' | 'backup';

/** Records per part of an export file; see blobOfParts for why files are made in parts. */
export const RECORDS_PER_PART = 50;

const EXTENSIONS: Record<ExportKind, string> = { applications: 'csv', events: 'csv', backup: 'json' };
const TYPES: Record<ExportKind, string> = {
  applications: 'text/csv;charset=utf-8',
  events: 'text/csv;charset=utf-8',
  backup: 'application/json',
};

/** The media type an export file is saved with. */
export function exportFileType(kind: ExportKind): string {
  return TYPES[kind];
}

/** `tasklens-applications-2026-11-30.csv`, dated in the user's own calendar. */
export function exportFileName(kind: ExportKind, now: Date): string {
  return `tasklens-${kind}-${localCalendarDay(now)}.${EXTENSIONS[kind]}`;
}

export function formatMegabytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}
