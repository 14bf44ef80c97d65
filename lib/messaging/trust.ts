import { z } from 'zod';
import { ContentMessage, describeZodError, PageMessage, PanelMessage } from './protocol';

/**
 * Who sent a message, judged by its sender URL. Content scripts and the panel frame live inside
 * web pages, so they may only ask for what a page needs; the extension's own pages may do more.
 */
export type Trust = 'content' | 'panel' | 'page' | 'unknown';

const PAGE_PATHS = new Set(['/dashboard.html', '/popup.html']);

/** `extensionBase` is runtime.getURL('/'), e.g. `chrome-extension://<id>/` or `moz-extension://<uuid>/`. */
export function trustOf(
  senderUrl: string | undefined,
  extensionBase: string,
  fromThisExtension: boolean,
): Trust {
  if (!fromThisExtension || !senderUrl) return 'unknown';
  if (!senderUrl.startsWith(extensionBase)) return /^https?:\/\//.test(senderUrl) ? 'content' : 'unknown';
  const path = '/' + senderUrl.slice(extensionBase.length).split(/[?#]/)[0];
  if (path === '/panel.html') return 'panel';
  if (PAGE_PATHS.has(path)) return 'page';
  return 'unknown';
}

export type ParsedMessage =
  | { trust: 'content'; message: ContentMessage }
  | { trust: 'panel'; message: PanelMessage }
  | { trust: 'page'; message: PageMessage };

const SCHEMAS = { content: ContentMessage, panel: PanelMessage, page: PageMessage } as const;

/** Validates a raw message against what its sender may send. */
export function parseMessage(
  raw: unknown,
  trust: Trust,
): { ok: true; parsed: ParsedMessage } | { ok: false; error: string } {
  if (trust === 'unknown') return { ok: false, error: 'Messages are accepted only from TaskLens itself.' };
  const schema: z.ZodType = SCHEMAS[trust];
  const result = schema.safeParse(raw);
  if (!result.success) {
    const type =
      raw && typeof raw === 'object' && 'type' in raw ? String((raw as { type: unknown }).type) : '';
    return {
      ok: false,
      error: `Rejected ${type ? `"${type.slice(0, 40)}"` : 'message'} from ${trust}: ${describeZodError(result.error)}`,
    };
  }
  return { ok: true, parsed: { trust, message: result.data } as ParsedMessage };
}
