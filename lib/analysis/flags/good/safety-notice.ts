import { defineFlag } from '../flag';

export const safetyNotice = defineFlag({
  id: 'safety_notice',
  kind: 'good',
  severity: 'low',
  title: 'Promises not to ask for money or IDs',
  explanation:
    'The listing says it will never ask you to pay, move to a chat app or send documents, and nothing in it does. Hold it to that promise.',
  match: { detector: 'safety_notice' },
  examples: {
    positive: ['We will never ask you to pay a fee or share your bank details over chat.'],
    negative: ['We never ask for fees. Pay the $49 activation fee on Telegram to begin.'],
  },
});
