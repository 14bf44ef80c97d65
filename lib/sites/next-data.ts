import type { Json } from './job-posting-json';

/**
 * The page props of a Next.js page: `<script id="__NEXT_DATA__" type="application/json">`, whose
 * `props.pageProps` holds what the server rendered the page from. Null when the page has none or
 * it does not parse. On a single-page site it describes the page first loaded, not necessarily
 * the one shown now, so callers match records by the URL's id.
 */
export function nextPageProps(doc: Document): Json | null {
  const text = doc.getElementById('__NEXT_DATA__')?.textContent;
  if (!text) return null;
  try {
    const data = JSON.parse(text) as { props?: { pageProps?: unknown } } | null;
    const props = data?.props?.pageProps;
    return props && typeof props === 'object' ? (props as Json) : null;
  } catch {
    return null;
  }
}
