import { defineFlag } from '../flag';

export const payForEngagement = defineFlag({
  id: 'pay_for_engagement',
  kind: 'red',
  severity: 'medium',
  title: 'Paid to like, follow or rate',
  explanation:
    'Money for liking videos, following accounts or giving five stars, proved with screenshots, is the first step of task scams: small payouts build trust before the "deposit" tasks.',
  match: {
    patterns: [
      /\b(?:give|leave) (?:\w{1,10} )?(?:five|5)[- ]?stars?\b/,
      /\b(?:full )?screenshot\w{0,2} (?:as proof|of proof)\b|\bscreenshot\w{0,2}\b[^.\n]{0,60}\b(?:paid|salary|commission|reward|pagara|pago)\b/,
      /\b(?:enviar|envie|envia) (?:una |uma )?captura\b|\b(?:dar(?:le)?|da) (?:me gusta|like)\b|\bcurtir\b/,
      /\blike (?:\w{1,10} )?(?:youtube |tiktok |instagram )?(?:videos?|posts?)\b[^.\n]{0,30}\b(?:get|earn|be paid|paid|send)\b/,
      /\b(?:aumentar|increase|boost) (?:las |the |their )?(?:suscripciones|subscriptions|subscribers|followers|views|visibilidad|likes)\b/,
      /\brate (?:our|the|this) (?:hotel|restaurant|shop|store)s?\b/,
      /\bper (?:like|rate|rating|follow|subscription|subscribe)\b/,
      /\b(?:send|sent)\w{0,2} (?:me |us )?(?:a |the )?screen ?shots?\b[^.\n]{0,60}\b(?:wallet|dollars?|usdt|paid|pay|reward|commission)\b/,
    ],
  },
  examples: {
    positive: [
      'Just give five stars to this hotel, 5 USDT per rate.',
      'Like a YouTube video and send a screenshot, and you get paid.',
      'Merchants pay to increase their subscriptions and visibility.',
      'Finish the task, send me a screenshot and your wallet, get 1 dollar.',
    ],
    negative: [
      'Rate search results for relevance.',
      'Review short videos for policy violations.',
      'If the page fails to load, send us a screenshot of the error.',
    ],
  },
});
