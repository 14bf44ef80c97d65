import { defineFlag } from '../flag';

export const chatInterview = defineFlag({
  id: 'chat_only_interview',
  kind: 'red',
  severity: 'medium',
  title: 'Interview by chat only',
  explanation:
    'Hiring after a text chat alone, with no call and no platform test, lets a fake recruiter stay anonymous.',
  match: {
    negation: 'demand',
    patterns: [
      /\binterviews? (?:\w{1,20} ){0,4}(?:via|by|through|over|on) (?:text|telegram|whatsapp|signal|chat|google hangouts|hangouts|teams chat|instant messag\w{1,5})\b/,
      /\b(?:chat|text|telegram|whatsapp|signal) (?:chat )?interviews?\b/,
      /\bno (?:phone|video)(?: or (?:phone|video))? call (?:is )?(?:required|needed)\b/,
    ],
  },
  examples: {
    positive: [
      'The interview will be held via text chat on Signal.',
      'After a short chat interview you start.',
    ],
    negative: ['We never interview by chat.', 'A video interview with our team.'],
  },
});
