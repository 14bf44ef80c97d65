import { defineFlag } from '../flag';

export const personalDataRequest = defineFlag({
  id: 'personal_data_request',
  kind: 'red',
  severity: 'low',
  title: 'Asks for personal details by reply',
  explanation:
    'A reply with your name, phone, address and age is all a fake recruiter needs to call you or sell your details. Apply through the company’s site instead.',
  match: {
    negation: 'demand',
    patterns: [
      /\b(?:send|email|text|reply|provide)\w{0,3} (?:us |me )?(?:\w{1,15} ){0,4}(?:your )?(?:full )?name,? (?:\w{1,15} ){0,2}(?:phone|address|age|date of birth|home address)/,
    ],
  },
  examples: {
    positive: ['Send an email with name, phone number, email address and best time to call.'],
    negative: ['Apply with your CV through the careers page.'],
  },
});
