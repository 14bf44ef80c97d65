import { defineFlag } from '../flag';

export const taskScamLanguage = defineFlag({
  id: 'task_scam_language',
  kind: 'red',
  severity: 'medium',
  title: 'Task-scam wording',
  explanation:
    'Sets of "optimization" or app-rating tasks paid by commission are the script of task scams that later ask for deposits to release your earnings.',
  match: {
    patterns: [
      /\b(?:app|apps|data|product|merchant|order|design) (?:data )?(?:optimi[sz]ation|boosting|grabbing)s?\b/,
      /\b\d{1,3} tasks per set\b|\btasks? (?:per|in a) set\b|\bsets per day\b|\bwork account\b/,
      /\b(?:rate|review|like) (?:apps|products|hotels|videos) (?:from your phone|to boost)\b|\brate apps and products\b/,
      /\bcommission (?:of )?\d{1,2}(?:\.\d{1,2})?% per task\b|\b\dx commission\b|\bcommission (?:rate|formula)\b/,
      /\btask (?:publisher|completer)s?\b|\bmerchants? pay once\b/,
      /\boptimi[sz]ation (?:cost|fee|commission|orders?)s?\b|\btask sets? (?:and daily|per day)\b/,
      /\bcommission of \d{1,2}(?:\.\d{1,2})?% of (?:the |each )?(?:order|task|product)\b|\b(?:match|grab)\w{0,3} (?:up to )?\d{1,4} orders?\b|\border[- ](?:grabbing|matching)\b/,
    ],
  },
  examples: {
    positive: [
      'App data optimization from home.',
      'Complete 40 tasks per set.',
      'Rate apps and products for commission.',
      'The optimization cost is taken from your balance.',
      'Level 2 members match up to 20 orders a day, with a commission of 2% of the order amount.',
    ],
    negative: ['Data annotation tasks for AI models.', 'Search engine optimization for product pages.'],
  },
});
