import { defineFlag } from '../flag';

export const urgency = defineFlag({
  id: 'urgency_pressure',
  kind: 'red',
  severity: 'low',
  title: 'Pressure to act fast',
  explanation:
    'Deadlines measured in hours and "last spots" are meant to stop you from checking who is asking.',
  match: {
    patterns: [
      /\b(?:limited (?:spots|slots|places|positions)|(?:slots|spots|places) are limited|only \d{1,4} (?:spots|places|slots|positions)(?: left)?|act now|apply now before|hurry)\b/,
      /\bwithin (?:\d{1,2}|twenty-four|twelve) hours?\b[^.\n]{0,40}(?:withdrawn|suspen\w{1,5}|closed|lose|expire)|\bto avoid (?:suspension|closure)\b/,
      /\b(?:start|hired|paid) (?:today|immediately|the same day|instantly)\b|\burgently hiring\b|\bimmediate hiring\b/,
      /\bor (?:the offer|your account) will be (?:withdrawn|closed|suspended)\b|\bwill be closed otherwise\b/,
      /\byou (?:only )?have (?:\d{1,2}|twelve|twenty-four|forty-eight) hours to\b/,
    ],
  },
  examples: {
    positive: [
      'Only 12 places left today.',
      'Reply within 24 hours or the offer will be withdrawn.',
      'Start immediately!',
      'You have 24 hours to fill in the forms.',
    ],
    negative: ['The project starts next month.', 'Shifts are 8 hours to 10 hours long.'],
  },
});
