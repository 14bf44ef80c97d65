/** Quantifiers without an upper bound: `+`, `*`, `{n,}` (escaped characters excluded). */
export function unboundedQuantifiers(source: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (ch === '[') {
      // Skip the class body; quantifier characters inside a class are literals.
      let j = i + 1;
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      i = j;
      continue;
    }
    if (ch === '+' || ch === '*') found.push(source.slice(Math.max(0, i - 12), i + 1));
    if (ch === '{' && /^\{\d+,\}/.test(source.slice(i))) found.push(source.slice(Math.max(0, i - 12), i + 5));
  }
  return found;
}
