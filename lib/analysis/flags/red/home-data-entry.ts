import { defineFlag } from '../flag';

export const homeDataEntry = defineFlag({
  id: 'home_typing_pitch',
  kind: 'red',
  severity: 'medium',
  title: 'Work-from-home typing pitch',
  explanation:
    'Home typing, data entry or payroll work for anyone with internet access, with pay counted by the week or day, is one of the oldest fake-job scripts: the "training", "software" or "check" comes next.',
  match: {
    patterns: [
      /\bhome[- ]based (?:\w{1,15} ){0,2}(?:typists?|data entry|payroll|clerks?|assembl\w{1,4}|processors?)\b/,
      /\b(?:data entry|typing|typist|payroll|rebate processing|form filling)\b[^.\n]{0,60}\b(?:from (?:the comfort of )?(?:your|their) (?:own )?homes?|at home|work from home)\b[^.\n]{0,120}\b(?:per|a|each) (?:week|day)\b/,
      /\b(?:earn|earning|make)\w{0,3} (?:up to |as much as )?\$\d[\d,.]{0,9}(?: ?(?:-|to) ?\$?\d[\d,.]{0,9})?(?: and more)? (?:per|a|each) (?:week|day)\b[^.\n]{0,80}\b(?:home|online|internet)\b/,
      /\ball you need is (?:access to )?(?:the )?internet\b|\bcomputer with internet access\b[^.\n]{0,60}\bno experience\b/,
      /\bwe pay daily\b|\bweekly pay ?checks?\b/,
    ],
  },
  examples: {
    positive: [
      'Home based payroll typists wanted, earning $900-$1,800 per week.',
      'All you need is access to the Internet and you can take part.',
      'Earn up to $2,000 per week from the comfort of your own home online.',
    ],
    negative: ['Data entry clerk in our Leeds office, £24,000 a year.'],
  },
});
