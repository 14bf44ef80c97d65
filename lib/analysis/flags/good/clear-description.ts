import { defineFlag } from '../flag';

export const clearDescription = defineFlag({
  id: 'clear_description',
  kind: 'good',
  severity: 'low',
  title: 'Clear description of the work',
  explanation: 'The listing says what you will see and what you will hand in.',
  match: { detector: 'clear_description' },
  examples: {
    positive: [
      'You will evaluate AI-generated responses for accuracy and helpfulness, compare two answers side by side, and write a short justification for your choice. Each task shows a prompt and two model replies; you rate both on a rubric and pick the better one. Guidelines and examples are provided before you start.',
    ],
    negative: ['Great job, apply now.'],
  },
});
