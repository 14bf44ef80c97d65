import { defineFlag } from '../flag';

export const unreadText = defineFlag({
  id: 'unread_text',
  kind: 'gap',
  severity: 'low',
  title: 'Only the start was read',
  explanation:
    'The text is longer than any real listing, and only its first 200,000 characters were read. Read the rest yourself before you trust this reading.',
  match: { detector: 'unread_text' },
  examples: { positive: ['Pay: $20 per hour. '.repeat(11_000)], negative: ['Pay: $20 per hour.'] },
});
