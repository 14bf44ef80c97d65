import { defineFlag } from '../flag';

export const clientHireHistory = defineFlag({
  id: 'client_hire_history',
  kind: 'good',
  severity: 'low',
  title: 'Client has hired before',
  explanation: 'Past hires and money spent on the platform give the client a record you can read.',
  match: { patterns: [/\b[1-9]\d{0,4} hires\b|\$[1-9][\d,.]{0,9}k?\+? total spent\b/] },
  examples: { positive: ['38 hires, 4 active · $12K total spent'], negative: ['0 hires · $0 total spent'] },
});
