import { findForbiddenKey } from './safe-json';
import { fromCell, toCell } from './csv-cell';

/** A nested snapshot stored as JSON text in one cell. */
export function jsonToCell(value: unknown): string {
  return value === undefined ? '' : toCell(JSON.stringify(value));
}

export type JsonCellResult = { ok: true; value: unknown } | { ok: false; problem: string };

/** Reads a JSON cell; an empty cell is `undefined`. Prototype keys are refused like in JSON files. */
export function jsonFromCell(cell: string): JsonCellResult {
  const text = fromCell(cell);
  if (text === '') return { ok: true, value: undefined };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'is not valid JSON' };
  }
  const forbidden = findForbiddenKey(value);
  if (forbidden)
    return {
      ok: false,
      problem: `contains the key "${forbidden.slice(0, 80)}", which TaskLens never writes`,
    };
  return { ok: true, value };
}
