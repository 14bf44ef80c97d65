import type { Listing } from '@/lib/model/listing';
import { headline, hostId, toListing } from '@/lib/sites/listing-fields';

function hash(text: string): string {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0).toString(36);
}

/** A listing made of the text the user selected, for messages and pages no adapter knows. */
export function listingFromSelection(doc: Document, href: string): Listing | null {
  const text = doc.getSelection()?.toString().trim() ?? '';
  if (text.length < 20) return null;
  const url = new URL(href);
  const siteId = hostId(url);
  return toListing({
    siteId,
    url: href,
    canonicalUrl: `${url.origin}${url.pathname}`,
    listingKey: `${siteId}:selection-${hash(text)}`,
    title: headline(text),
    company: '',
    description: text,
    source: 'selection',
  });
}
