import { defineFlag } from '../flag';

export const eligibility = defineFlag({
  id: 'eligibility_stated',
  kind: 'good',
  severity: 'low',
  title: 'Eligibility stated',
  explanation:
    'Who can apply (location, language, credentials) is spelled out before you spend time on tests.',
  match: {
    patterns: [
      /\b(?:must|applicants must|you must) (?:be|have|hold|live|reside)\b[^.\n]{0,40}\b(?:based|located|living|resident|authori[sz]ed|degree|reside|lived|enrolled|18)/,
      /\b(?:resident|residence|living|located|based) in (?:the )?[a-z]{2,20}\b|\bmust (?:live|reside) in\b|\bus[- ]based\b/,
      /\b(?:native|fluent|fluency in|native-level|native speakers? of)\b/,
      /\b(?:requirements?|qualifications?|eligibility|requisiti|who you are|you have):/,
      /\b(?:bachelor['’]?s|master['’]?s|phd|degree in)\b/,
    ],
  },
  examples: {
    positive: ['Must live in the United States.', 'Native Spanish speaker required.', 'Requirements: PhD'],
    negative: ['Anyone can apply.'],
  },
});
