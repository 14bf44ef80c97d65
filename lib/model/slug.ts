/** Lower-case ASCII words joined by hyphens, for ids built from names ("Acme AI" → "acme-ai"). */
export function slugOf(text: string, maxLength: number): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, maxLength);
}
