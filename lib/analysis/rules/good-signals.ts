import type { FlagRule } from '../rule';

/** Signs of a listing that tells the worker what they need to know. Computed signals live in signals.ts. */
export const GOOD_SIGNAL_RULES: readonly FlagRule[] = [
  {
    id: 'review_process_described',
    key: 'good.review',
    severity: 'low',
    patterns: [
      /\b(?:quality|qa) (?:review|reviewers?|checks?|audits?)\b/,
      /\b(?:reviewed|checked) by (?:experienced |our |the )?(?:\w{1,20} ){0,2}(?:annotators|reviewers|client|team|qa)\b/,
      /\b(?:control tasks|attention checks|majority vote|agreement score|accuracy (?:is )?above|approval rate|review (?:\d{1,3}% of|each batch))\b/,
      /\b(?:sent back for correction|returned for revision|rework|dispute)\b|\bpass (?:quality )?review\b|\bfails? review\b/,
    ],
    weight: 1,
    explanation: 'The listing says how work is checked, so you know who decides acceptance.',
    examples: {
      positive: [
        'Tasks are reviewed by experienced annotators',
        'Control tasks are mixed in',
        'returned for revision',
      ],
      negative: ['review AI answers'],
    },
  },
  {
    id: 'paid_onboarding',
    key: 'good.paid-onboarding',
    severity: 'low',
    patterns: [
      /(?<!un)paid (?:onboarding|training|orientation|trial|assessment)\b/,
      /\b(?:training|onboarding|orientation) (?:is |will be |provided )?(?:\(?paid\)?|compensated)(?! for)\b/,
      /\bfree training\b/,
    ],
    weight: 1,
    explanation: 'Training or onboarding time is paid, so qualifying does not cost you unpaid hours.',
    negatable: true,
    examples: {
      positive: ['Training is paid', 'Paid onboarding session', 'Training provided (paid)'],
      negative: ['unpaid training'],
    },
  },
  {
    id: 'eligibility_stated',
    key: 'good.eligibility',
    severity: 'low',
    patterns: [
      /\b(?:must|applicants must|you must) (?:be|have|hold|live|reside)\b[^.\n]{0,40}\b(?:based|located|living|resident|authori[sz]ed|degree|reside|lived|enrolled|18)/,
      /\b(?:resident|residence|living|located|based) in (?:the )?[a-z]{2,20}\b|\bmust (?:live|reside) in\b|\bus[- ]based\b/,
      /\b(?:native|fluent|fluency in|native-level|native speakers? of)\b/,
      /\b(?:requirements?|qualifications?|eligibility|requisiti|who you are|you have):/,
      /\b(?:bachelor['’]?s|master['’]?s|phd|degree in)\b/,
    ],
    weight: 1,
    explanation:
      'Who can apply (location, language, credentials) is spelled out before you spend time on tests.',
    examples: {
      positive: ['Must live in the United States', 'Native Spanish speaker required', 'Requirements: PhD'],
      negative: ['anyone can apply'],
    },
  },
  {
    id: 'established_payment_rail',
    key: 'good.payment-rail',
    severity: 'low',
    patterns: [
      /\b(?:via|through|by|with) (?:paypal|stripe|payoneer|airtm|wise|direct deposit|bank transfer)\b/,
      /\b(?:paid|payouts?|payments?) (?:weekly|bi-weekly|biweekly|monthly|every (?:week|two weeks|month))\b/,
    ],
    weight: 1,
    explanation: 'Payment schedule and method are named, using rails that leave a record.',
    examples: { positive: ['paid weekly via PayPal', 'through Payoneer'], negative: ['paid in USDT'] },
  },
];
