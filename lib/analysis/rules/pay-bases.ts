import type { Rule } from '../rule';
import type { PayBasisId } from '../types';
import { judgedForms } from '../judged-words';

// Stated amounts add their own evidence in analyze.ts (an amount "per hour" implies `hourly`);
// these rules catch bases stated in words.
export const PAY_BASIS_RULES: readonly Rule<PayBasisId>[] = [
  {
    id: 'hourly',
    key: 'basis.hourly',
    patterns: [
      // A "targeted hourly wage" or "effective hourly rate" is an estimate of piece-rate pay, not a basis.
      /(?<!(?:targeted|effective|equivalent|estimated|approximate)[ “"'‘]{1,2})\bhourly (?:rate|pay|wage|basis|contract|compensation)\b|^hourly:/,
      /\bpaid (?:by|per) (?:the )?hour\b|\bper hour worked\b|\bhourly[- ]paid\b|\b(?:we|you(?:['’]ll| will)?) (?:be )?pa(?:y|id) hourly\b/,
      /\b(?:compensated|paid) (?:on )?an hourly basis\b/,
    ],
    weight: 1,
    explanation: 'Paid for time worked.',
    examples: {
      positive: [
        'Hourly rate',
        'paid by the hour',
        'hourly contract',
        'an hourly-paid role',
        'We pay hourly',
      ],
      negative: ['hourly updates', 'the faster you work, the higher your effective hourly rate'],
    },
  },
  {
    id: 'per_task',
    key: 'basis.per-task',
    patterns: [
      /\b(?:pay|paid|payment is|rates?|earn\w{0,3}|reward|commission) (?:[\w.%$€£-]{1,20} ){0,2}per (?:task|hit|task suite|set)\b/,
      /\bpay per task\b|\bper[- ]task (?:pay|rate|basis)\b|\btask[- ]based pay\b|\bpiece[- ]rate\b/,
      /\bpay is per task\b|\bpayment is per task\b|\bpaid per completed task\b/,
      /\b(?:pay|pay rate|rate|payment)s?:? based on (?:the )?(?:number of )?(?:completed )?tasks\b|\b(?:money|amount) you earn depends on the tasks\b/,
    ],
    weight: 1,
    explanation: 'Paid for each task completed, whatever it takes.',
    examples: {
      positive: ['Pay per task', 'rates shown per task', 'Payment is per task', 'Pay rate: based on tasks'],
      negative: ['10 tasks per hour'],
    },
  },
  {
    id: 'per_accepted_task',
    key: 'basis.per-accepted',
    patterns: [
      /\bper (?:approved|accepted) (?:task|hit|submission|item|image|clip|recording|annotation|word|asset|file|label)s?\b/,
      /\b(?:only )?(?:approved|accepted) (?:tasks|work|submissions|transcriptions) (?:are|is|will be) paid\b/,
      /\b(?:only )?(?:transcriptions|tasks|submissions|work|files) that pass (?:quality )?review (?:are|is) paid\b/,
      /\brejected (?:tasks?|work|submissions?|hits?) (?:are|is|will be|will) not (?:be )?paid\b/,
      /\b(?:paid|credited|payment) (?:only )?(?:after|upon|on|once) (?:client |your )?(?:approval|acceptance)\b|\b(?:paid|credited) (?:only )?(?:after|once) (?:[\w-]{1,20} ){0,3}(?:checks?|reviews?|approves?|accepts?) (?:the |your )?(?:recordings|work|files|submissions|tasks)\b/,
      /\bonce your (?:files|work|tasks) (?:are|is) approved\b|\bpaid after approval\b|\bhits are approved\b/,
      /\b(?:not|never) (?:be )?paid for (?:a |any )?rejected (?:study|studies|tasks?|work|submissions?|hits?|files?)\b/,
      /\bonce (?:your )?(?:work|submission|task|file)s? (?:has|have) been approved\b|\bwhen (?:the|your) (?:job|task|work|submission|hit|file)s? (?:is|are|has been|have been) approved\b/,
      /\b(?:approved|accepted) by the (?:customer|client|requester|researcher)\b|\b(?:has|have) approved your (?:submission|work|task)\b/,
    ],
    weight: 1,
    explanation: 'Only work that passes review is paid.',
    examples: {
      positive: [
        'rejected tasks are not paid',
        'credited after approval',
        'per approved task',
        'you are not paid for a rejected study',
        'added to your balance when the job is approved',
      ],
      negative: ['approved vendor'],
    },
  },
  {
    id: 'per_asset_or_word',
    key: 'basis.per-asset',
    patterns: [
      /\bper (?:\d{1,3}(?:,\d{3})? )?(?:approved |transcribed )?(?:words?|images?|annotations?|labels?|clips?|audio (?:hour|minute)s?|items?|recordings?)\b/,
      /\bper[- ]word (?:rate|pay)\b/,
    ],
    weight: 1,
    explanation: 'Paid per unit of output: words, items, clips or audio hours.',
    examples: {
      positive: ['$8 per 1,000 annotations', 'per audio hour', 'per word'],
      negative: ['per hour'],
    },
  },
  {
    id: 'per_milestone',
    key: 'basis.milestone',
    patterns: [
      /\bper milestone\b|\bmilestones?(?: \d{1,2})?:|\bmilestone payments?\b|\bpaid (?:per|by|on|after|upon) (?:each |every )?milestone\b/,
      /\bfixed[- ]price\b/,
    ],
    weight: 1,
    explanation: 'Paid when a defined piece of the project is delivered and accepted.',
    examples: { positive: ['Fixed-price', 'Milestone 1: first 1,000 images'], negative: ['fixed schedule'] },
    negatable: true,
  },
  {
    id: 'fixed_reward',
    key: 'basis.fixed-reward',
    patterns: [
      /\bstudy reward\b|\bfixed reward\b|\breward (?:money )?for (?:studies|study|surveys?)\b/,
      // A study's one reward with its expected time ("Reward: £3.00 · 20 minutes", "Reward: £3.00 (£9.00/hr)").
      /\breward: [^\n()·|]{1,14}(?:[·|,]\s?(?:about |approx\.? |~)?\d{1,3} ?min(?:ute)?s?\b|\([^\n)]{1,14}\/(?:hr|hour)\))/,
      /\bbounty (?:program|based|structure|pool|amounts?)\b|\bbounties\b/,
    ],
    weight: 1,
    // A HIT's "Reward: $0.10" is its per-task pay (the amount says so); a study's reward is one set sum.
    explanation: 'A set reward is shown before the task starts.',
    examples: {
      positive: [
        'study reward of £3.00',
        'fixed reward',
        'a bug bounty program',
        'Reward: £2.10 · 14 minutes',
        'Reward: £1.50 (£9.00/hr)',
      ],
      negative: ['rewarding work', 'Reward: $0.10 per HIT'],
    },
  },
  {
    id: 'bonus_incentive',
    key: 'basis.bonus',
    patterns: [
      // Polish and Ukrainian bonus words, as written and as the cleaned text reads them.
      new RegExp(`${judgedForms(['премії', 'премія', 'премію', 'премій'])}`),
      /\bbonus(?:es)?\b(?! points)|\bpremi[aeiąę](?![a-z])|\bincentives?\b|\bsurge\b|\bstreaks?\b|\bmission (?:bonus\w{0,2}|rewards?)\b|\bbonus missions?\b/,
    ],
    weight: 1,
    explanation: 'Money added to the base rate, often temporary or tied to conditions.',
    examples: {
      positive: [
        'plus bonuses for high-quality work',
        'surge pay',
        '+ do 300 zł premii',
        '+ премії за результат',
      ],
      negative: ['bonus points in a game'],
    },
    negatable: true,
  },
  {
    id: 'unpaid_steps',
    key: 'basis.unpaid',
    patterns: [
      /\bunpaid (?:\w{1,20} ){0,2}(?:assessments?|tests?|trials?|training|onboarding|screening|qualification|exams?)\b/,
      /\b(?:assessment|test|exam|screening|qualification|training|onboarding|trial|preparation)(?:[;,]? [\w–-]{1,20}){0,7} (?:is|are) (?:not paid|unpaid|not compensated)\b/,
      /\bnot (?:paid|compensated) for (?:the )?(?:assessment|test|training|onboarding|screening)\b/,
    ],
    weight: 1,
    explanation: 'Some steps before paid work (application, tests, training) are not paid.',
    examples: {
      positive: [
        'the onboarding assessment is unpaid',
        'The exam and the preparation time are not paid',
        'unpaid test',
      ],
      negative: ['paid training', 'rejected tasks are not paid'],
    },
  },
];
