import type { ImportPayload } from './payload';

/** Where each record came from, so later checks can name the row: one label per record. */
export interface RecordSources {
  platforms: string[];
  applications: string[];
  events: string[];
}

export interface ReadResult {
  /** Only a JSON backup holds everything, so only a backup may replace the whole log. */
  kind: 'backup' | 'csv';
  payload: ImportPayload;
  sources: RecordSources;
  /** Things the user should know that do not stop the import, e.g. columns that were ignored. */
  notes: string[];
}
