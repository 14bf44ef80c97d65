import { escapeRegExp } from './escape-regexp';
import { scanText } from './text-scan';

/**
 * A regex alternation matching each word both as written and as the analysis sees it once the
 * text is cleaned (accents dropped, look-alike letters folded), so that words of other languages
 * ("brutto", "за годину", "премія") match whichever form a text takes.
 */
export function judgedForms(words: readonly string[]): string {
  const forms = new Set<string>();
  for (const word of words) {
    forms.add(word.toLowerCase());
    forms.add(scanText('text', word).lower);
  }
  return [...forms]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
}
