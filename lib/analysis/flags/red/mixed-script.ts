import { defineFlag } from '../flag';

export const mixedScript = defineFlag({
  id: 'mixed_script_words',
  kind: 'red',
  severity: 'medium',
  title: 'Disguised letters',
  explanation:
    'Some words mix Latin letters with look-alikes from another alphabet, a trick for slipping words like "fee" or "Telegram" past filters. Honest listings have no reason to do it.',
  match: { detector: 'mixed_script' },
  examples: {
    positive: ['Pay the fее on Тelegram.'],
    negative: ['Мы ищем разметчиков данных. We also hire in English.'],
  },
});
