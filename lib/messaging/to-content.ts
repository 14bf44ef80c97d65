import type { ToContentMessage } from './protocol';

/**
 * Reads a message the background sent to a content script. It mirrors the zod schema
 * `ToContentMessage` by hand (a test keeps the two in step) so the content script, which loads on
 * every listing page, carries no schema library.
 */
export function readToContentMessage(raw: unknown): ToContentMessage | null {
  if (!raw || typeof raw !== 'object') return null;
  const m = raw as Record<string, unknown>;
  const keys = Object.keys(m);
  const only = (allowed: string[]) => keys.every((k) => allowed.includes(k));
  if (m.type === 'panel:layout') {
    if (!only(['type', 'collapsed', 'side', 'remember'])) return null;
    if (typeof m.collapsed !== 'boolean' || (m.side !== 'left' && m.side !== 'right')) return null;
    if (m.remember !== undefined && typeof m.remember !== 'boolean') return null;
    return {
      type: 'panel:layout',
      collapsed: m.collapsed,
      side: m.side,
      ...(m.remember === undefined ? {} : { remember: m.remember }),
    };
  }
  if (m.type === 'panel:highlight') {
    if (!only(['type', 'snippet']) || typeof m.snippet !== 'string') return null;
    return { type: 'panel:highlight', snippet: m.snippet };
  }
  return null;
}
