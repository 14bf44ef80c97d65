import type {
  AnyCommandInput,
  CommandInput,
  CommandName,
  CommandReply,
  InputReplying,
} from '@/lib/messaging/commands';
import type { Reply } from '@/lib/messaging/protocol';

/**
 * Sends a command to the background and unwraps its reply, throwing its error text. The reply's
 * type comes from lib/messaging/commands.ts; a caller may also state the reply it expects
 * (`send<number>(…)`), which compiles only if the command answers that.
 */
export function send<N extends CommandName>(message: CommandInput<N> & { type: N }): Promise<CommandReply<N>>;
export function send<R>(message: InputReplying<R>): Promise<R>;
export async function send(message: AnyCommandInput): Promise<unknown> {
  const reply = (await browser.runtime.sendMessage(message)) as Reply | undefined;
  if (!reply) throw new Error('TaskLens did not answer. Reload the page and try again.');
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}
