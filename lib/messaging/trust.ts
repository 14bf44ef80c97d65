import { COMMANDS, isCommandName, type CommandName, type CommandRequest, type Tier } from './commands';
import { describeZodError } from './protocol';

/**
 * Who sent a message, judged once by its sender URL: the tier a command in commands.ts must
 * match. Content scripts and the panel frame live inside web pages, so they may only ask for what
 * a page needs; the extension's own pages may do more.
 */
export type Trust = Tier | 'unknown';

const PAGE_PATHS = new Set(['/dashboard.html', '/popup.html']);

/** Who each tier is, for refusals. */
const TIER_NAMES: Record<Tier, string> = {
  content: 'a listing page',
  panel: 'the panel',
  page: 'TaskLens’s own pages',
};

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

/** A validated request, named so that `message` narrows with `name`. */
export type ParsedCommand = {
  [N in CommandName]: { name: N; tier: Tier; message: CommandRequest<N> };
}[CommandName];

/** Validates a raw message: its command must exist, be open to the sender's tier, and match its schema. */
export function parseMessage(
  raw: unknown,
  trust: Trust,
): { ok: true; parsed: ParsedCommand } | { ok: false; error: string } {
  if (trust === 'unknown') return { ok: false, error: 'Messages are accepted only from TaskLens itself.' };
  const type = raw && typeof raw === 'object' && 'type' in raw ? (raw as { type: unknown }).type : undefined;
  const label = typeof type === 'string' && type ? `"${type.slice(0, 40)}"` : 'message';
  if (!isCommandName(type)) return { ok: false, error: `Rejected ${label} from ${trust}: no such command.` };
  const definition = COMMANDS[type];
  if (definition.tier !== trust) {
    const only = TIER_NAMES[definition.tier];
    return { ok: false, error: `Rejected ${label} from ${trust}: it is accepted only from ${only}.` };
  }
  const result = definition.request.safeParse(raw);
  if (!result.success) {
    return { ok: false, error: `Rejected ${label} from ${trust}: ${describeZodError(result.error)}` };
  }
  return { ok: true, parsed: { name: type, tier: trust, message: result.data } as ParsedCommand };
}
