import { defineFlag } from '../flag';

export const fakeCheck = defineFlag({
  id: 'fake_check_equipment',
  kind: 'red',
  severity: 'high',
  title: 'Check or equipment scheme',
  explanation:
    'You get a check to buy equipment or software from "their vendor", or to send part of it on. The check bounces days later and the money you sent is gone.',
  match: {
    negation: 'demand',
    patterns: [
      /\b(?:receive|send you|mail you|issue you) (?:a |the )?(?:check|cheque)\b/,
      /\b(?:deposit|cash) (?:the|this) (?:check|cheque)\b|\bmobile deposit\b/,
      /\b(?:purchase|buy|order) (?:your |a |the |them |it )?(?:work )?(?:laptop|equipment|computer|software|devices?|items|materials)? ?(?:\w{1,20} ){0,3}(?:from|through) (?:our|the|an) (?:approved |designated |preferred |certified )?vendor\b/,
      /\b(?:send|wire|transfer) (?:the )?(?:remaining|extra|excess) (?:balance|amount|funds)\b|\bwire the difference\b|\boverpaid\b/,
      /\bcheck to buy\b|\b(?:start[- ]?up|equipment|software) funds\b|\bfunds? (?:\w{1,15} ){0,9}(?:via|by|through) (?:a )?(?:check|cheque)\b/,
      /\brefer you to the vendor\b/,
    ],
  },
  examples: {
    positive: [
      'You will receive a check of $2,850 for your home office.',
      'The funds for the software will be provided by the company via check.',
      'Buy the equipment from our approved vendor.',
    ],
    negative: ['Check the quality of each answer.', 'We never send checks for equipment.'],
  },
});
