import type { Reply } from '@/lib/messaging/protocol';

/** Sends a message to the background and unwraps its reply, throwing its error text. */
export async function send<T>(message: unknown): Promise<T> {
  const reply = (await browser.runtime.sendMessage(message)) as Reply<T> | undefined;
  if (!reply) throw new Error('TaskLens did not answer. Reload the page and try again.');
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}
