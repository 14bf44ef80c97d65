import type { ImportPayload } from './payload';

/**
 * Where a record came from (file and row or array position), so later checks can name it. Built
 * only when asked: a large file holds tens of thousands of records and none may need naming.
 */
export type SourceOf = (list: 'platforms' | 'applications' | 'events', index: number) => string;

export interface ReadResult {
  /** Only a JSON backup holds everything, so only a backup may replace the whole log. */
  kind: 'backup' | 'csv';
  payload: ImportPayload;
  sourceOf: SourceOf;
  /** Things the user should know that do not stop the import, e.g. columns that were ignored. */
  notes: string[];
}
