import { defineFlag } from '../flag';

export const fraudModel = defineFlag({
  id: 'reads_like_fraud',
  kind: 'red',
  severity: 'medium',
  title: 'Reads like known fraudulent postings',
  explanation:
    'A statistical model trained on real job ads that turned out to be fraudulent finds this text close to them. The words that weighed most are shown; on its own it is a reason to check, not proof.',
  match: { detector: 'fraud_model' },
  examples: {
    positive: [],
    negative: ['Senior backend engineer. You will design services in Go and review code with the team.'],
  },
});
