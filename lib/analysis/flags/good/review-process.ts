import { defineFlag } from '../flag';

export const reviewProcess = defineFlag({
  id: 'review_process_described',
  kind: 'good',
  severity: 'low',
  title: 'Review process described',
  explanation: 'The listing says how work is checked, so you know who decides what is accepted.',
  match: {
    patterns: [
      /\b(?:quality|qa) (?:review|reviewers?|checks?|audits?)\b/,
      /\b(?:reviewed|checked) by (?:experienced |our |the )?(?:\w{1,20} ){0,2}(?:annotators|reviewers|client|team|qa)\b/,
      /\b(?:control tasks|attention checks|majority vote|agreement score|accuracy (?:is )?above|approval rate|review (?:\d{1,3}% of|each batch))\b/,
      /\b(?:sent back for correction|returned for revision|rework|dispute)\b|\bpass (?:quality )?review\b|\bfails? review\b/,
    ],
  },
  examples: {
    positive: ['Tasks are reviewed by experienced annotators.', 'Control tasks are mixed in.'],
    negative: ['Review AI answers.'],
  },
});
