/**
 * Markdown, as single-page sites keep listing descriptions in their page data, to plain reading
 * text: heading hashes, emphasis marks and link targets go, the words stay. Bounded repeats keep
 * it linear on long descriptions.
 */
export function markdownText(md: string): string {
  return md
    .replace(/\r\n?/g, '\n')
    .replace(/^\s{0,3}#{1,6}\s+/gm, '')
    .replace(/(\*\*|__)(?=\S)([^*_]{1,500}?)\1/g, '$2')
    .replace(/\[([^\]]{1,300})\]\([^)]{1,500}\)/g, '$1')
    .trim();
}
