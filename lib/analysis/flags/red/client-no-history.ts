import { defineFlag } from '../flag';

export const clientNoHistory = defineFlag({
  id: 'client_no_history',
  kind: 'red',
  severity: 'low',
  title: 'Client with no hiring history',
  explanation:
    'No jobs posted before, no hires and nothing spent: a new account is not always a scam, but it has no record you can check.',
  match: { patterns: [/\b0 (?:jobs posted|hires)\b|\$0 total spent\b|\bno (?:hires|reviews) yet\b/] },
  examples: {
    positive: ['0 jobs posted · 0% hire rate · $0 total spent'],
    negative: ['12 jobs posted · 83% hire rate · $40K total spent'],
  },
});
