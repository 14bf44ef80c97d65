import type { PanelPush } from './protocol';

type PanelState = Extract<PanelPush, { type: 'panel:state' }>;

const isObject = (v: unknown): v is Record<string, unknown> => Boolean(v) && typeof v === 'object';
const strings = (o: Record<string, unknown>, keys: string[]) => keys.every((k) => typeof o[k] === 'string');

/**
 * Reads what the background pushes to a panel over its port. Only the extension itself can post on
 * that port and every record was checked against its zod schema on the way into the log, so a
 * shape check is enough here; it keeps the schema library out of the panel, which loads on every
 * listing page.
 */
export function readPanelPush(raw: unknown): PanelState | null {
  if (!isObject(raw) || raw.type !== 'panel:state') return null;
  const { listing, reading, application, platform } = raw;
  if (
    listing !== null &&
    !(isObject(listing) && strings(listing, ['listingKey', 'title', 'description', 'url']))
  )
    return null;
  if ((listing === null) !== (reading === null)) return null;
  if (
    reading !== null &&
    !(
      isObject(reading) &&
      isObject(reading.analysis) &&
      isObject(reading.platform) &&
      typeof reading.onAiPlatform === 'boolean'
    )
  )
    return null;
  if (application !== null && !(isObject(application) && strings(application, ['id', 'stage', 'listingKey'])))
    return null;
  if (platform !== null && !(isObject(platform) && strings(platform, ['id', 'name', 'stage']))) return null;
  return raw as PanelState;
}
