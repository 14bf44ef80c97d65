import { TransferError } from './errors';

/** Keys that reach into an object's prototype chain when assigned; no TaskLens record has them. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Whether a forbidden key appears anywhere in a parsed value; no recursion, no paths built. */
function hasForbiddenKey(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length) {
    const current = stack.pop();
    if (current === null || typeof current !== 'object') continue;
    if (Array.isArray(current)) {
      for (const item of current) if (item !== null && typeof item === 'object') stack.push(item);
      continue;
    }
    for (const key in current) {
      if (FORBIDDEN_KEYS.has(key)) return true;
      const item = (current as Record<string, unknown>)[key];
      if (item !== null && typeof item === 'object') stack.push(item);
    }
  }
  return false;
}

/**
 * Finds the first forbidden key anywhere in a parsed value, without recursion so a deeply
 * nested file cannot exhaust the stack. Returns its path, e.g. `applications.3.listing.__proto__`.
 * Paths are built only once a forbidden key is known to be there: a 36 MB file holds hundreds
 * of thousands of objects.
 */
export function findForbiddenKey(value: unknown): string | null {
  if (!hasForbiddenKey(value)) return null;
  const stack: { value: unknown; path: string }[] = [{ value, path: '' }];
  while (stack.length) {
    const { value: current, path } = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) {
        const item: unknown = current[i];
        if (item !== null && typeof item === 'object') stack.push({ value: item, path: `${path}${i}.` });
      }
      continue;
    }
    for (const key of Object.keys(current)) {
      if (FORBIDDEN_KEYS.has(key)) return path + key;
      const item = (current as Record<string, unknown>)[key];
      if (item !== null && typeof item === 'object') stack.push({ value: item, path: `${path}${key}.` });
    }
  }
  return null;
}

/** JSON.parse for untrusted files: clear messages for bad syntax, and no prototype keys. */
export function parseUntrustedJson(text: string, what: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message.slice(0, 160) : 'unreadable';
    throw new TransferError(`${what} is not valid JSON (${reason}). Nothing was changed.`);
  }
  const forbidden = findForbiddenKey(value);
  if (forbidden) {
    throw new TransferError(
      `${what} contains the key "${forbidden.slice(0, 200)}", which TaskLens never writes; the file was refused. Nothing was changed.`,
    );
  }
  return value;
}
