/** Turns an IndexedDB failure into a sentence a user can act on. Dexie may wrap the real cause. */
export function describeStorageError(error: unknown): string {
  const chain: unknown[] = [];
  for (let e: unknown = error, i = 0; e && i < 5; i++) {
    chain.push(e);
    e = (e as { inner?: unknown; cause?: unknown }).inner ?? (e as { cause?: unknown }).cause;
  }
  const names = chain.map((e) => (e as { name?: string }).name ?? '');
  if (names.includes('QuotaExceededError')) {
    return 'Your browser is out of storage space for TaskLens, so nothing was changed. Free some disk space or export and remove old entries, then try again.';
  }
  if (error instanceof Error) return error.message;
  return String(error);
}
