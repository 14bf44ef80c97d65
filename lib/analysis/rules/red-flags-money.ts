import type { FlagRule } from '../rule';

/** Red flags about money moving the wrong way: the worker paying, or being paid in ways that cannot be traced. */
export const MONEY_FLAG_RULES: readonly FlagRule[] = [
  {
    id: 'upfront_fee',
    key: 'flag.fee',
    severity: 'high',
    patterns: [
      /\b(?:registration|activation|verification|training|onboarding|application|processing|membership|certification|enrol?lment|joining|account) (?:fee|charge|deposit)s?\b/,
      /\b(?:one[- ]time|small|refundable|upfront|up[- ]front) (?:\w{1,20} ){0,2}(?:fee|deposit|payment)\b/,
      /\bpay (?:the |a |an )?(?:\S{1,12} )?(?:fee|deposit)\b|\bsecure (?:your|the) (?:position|spot|place) with\b/,
      /\bstarter (?:kit|pack(?:age)?)\b|\btraining (?:course|materials?|package) (?:for|costs?) \S{1,10}\d/,
      /\b(?:upgrade|recharge|top[- ]up|deposit)\w{0,3} (?:\w{1,20} ){0,5}(?:to (?:unlock|reach|access|vip|gold|level|tier)|tier|account|for \S{1,8}\d)/,
      /\b(?:vip ?\d|gold tier|premium tier|tier upgrade|level upgrade)\b/,
      /\b(?:purchase|buy) (?:the )?(?:\w{1,20} ){0,2}(?:software (?:license|licence)|license|licence|certification|course)\b/,
      /\bcomplete our training course for\b/,
    ],
    weight: 1,
    explanation:
      'Real employers and platforms pay you; a fee, deposit, kit or upgrade before work is how task scams take money.',
    negatable: true,
    examples: {
      positive: [
        'a one-time registration fee of $49',
        'recharge 100 USDT to your work account',
        'official starter kit ($79)',
      ],
      negative: ['We never charge a registration fee', 'no fees to join'],
    },
  },
  {
    id: 'fake_check_equipment',
    key: 'flag.fake-check',
    severity: 'high',
    patterns: [
      /\b(?:receive|send you|mail you|issue you) (?:a |the )?(?:check|cheque)\b/,
      /\b(?:deposit|cash) the (?:check|cheque)\b/,
      /\b(?:purchase|buy|order) (?:your |a |the )?(?:work )?(?:laptop|equipment|computer|software|devices?) (?:\w{1,20} ){0,3}(?:from|through) (?:our|the|an) (?:approved |designated |preferred )?vendor\b/,
      /\b(?:send|wire|transfer) (?:the )?(?:remaining|extra|excess) (?:balance|amount|funds)\b|\bwire the difference\b|\boverpaid\b/,
      /\bcheck to buy\b/,
    ],
    weight: 1,
    explanation:
      'A check to "buy equipment" that you must partly send on is the classic fake-check scam: it bounces after you pay.',
    negatable: true,
    examples: {
      positive: [
        'You will receive a check of $2,850',
        'send the remaining balance to the vendor',
        'wire the difference back',
      ],
      negative: ['check the quality of answers', 'we never send checks'],
    },
  },
  {
    id: 'untraceable_payment',
    key: 'flag.crypto-giftcard',
    severity: 'high',
    patterns: [
      /\b(?:usdt|bitcoin|btc|trc20|erc20|crypto(?:currency)?|tether|binance|coinbase wallet)\b/,
      /\bgift ?cards?\b/,
      /\b(?:western union|moneygram)\b/,
    ],
    weight: 1,
    explanation:
      'Pay in crypto, gift cards or money-transfer services cannot be traced or reversed; genuine platforms use payroll or known rails.',
    negatable: true,
    examples: {
      positive: ['Payouts in USDT (TRC20)', 'paid with Amazon gift cards', 'via Western Union'],
      negative: ['never ask for gift cards', 'paid via PayPal'],
    },
  },
  {
    id: 'guaranteed_earnings',
    key: 'flag.guaranteed',
    severity: 'medium',
    patterns: [
      /\bguarantee\w{0,2} (?:\w{1,20} ){0,2}(?:income|earnings|pay|salary|\$)/,
      /\b(?:easy|fast|quick) (?:money|cash)\b|\bget paid instantly\b|\bfinancial freedom\b|\bpassive income\b/,
      /\bno (?:skills|experience)(?: required| needed)?,? (?:no (?:interview|boss)|earn)\b/,
      /\bno interview\b/,
    ],
    weight: 1,
    explanation:
      'Promised or effortless income is a lure; real listings say what the work is and what it pays per unit.',
    negatable: false,
    examples: {
      positive: [
        'Guaranteed income of $1,200 per week',
        'easy money from your phone',
        'no interview, no boss',
      ],
      negative: ['qualification does not guarantee steady work'],
    },
  },
  {
    id: 'guaranteed_earnings',
    key: 'flag.unrealistic-daily',
    severity: 'medium',
    patterns: [
      /\b(?:\d{1,3}|one|two|three|few) (?:hours?|minutes?)(?: a| per| each)? day\b[^.\n]{0,40}\b(?:earn|get|make)\b/,
      /\b(?:earn|make|get) \S{1,10} (?:weekly|daily|a day|per day|a week|per week)\b/,
      /\bdaily salary\b|\bget paid (?:daily|every day)\b/,
    ],
    weight: 1,
    explanation: 'Big weekly or daily sums for an hour or two of simple work do not match real task pay.',
    examples: {
      positive: ['30-60 minutes a day, and earn $300', 'get $450 weekly', 'daily salary $150'],
      negative: ['about 4 hours a day'],
    },
  },
];
