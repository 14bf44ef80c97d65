/**
 * Deep equality for stored records. A key holding `undefined` counts as absent: IndexedDB keeps
 * such keys while JSON drops them, and they mean the same thing.
 */
export function sameRecord(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') {
    return typeof a === 'number' && typeof b === 'number' && Number.isNaN(a) && Number.isNaN(b);
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => sameRecord(item, b[i]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keysA = Object.keys(left).filter((k) => left[k] !== undefined);
  const keysB = Object.keys(right).filter((k) => right[k] !== undefined);
  return (
    keysA.length === keysB.length &&
    keysA.every((k) => Object.hasOwn(right, k) && sameRecord(left[k], right[k]))
  );
}
