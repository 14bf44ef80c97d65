/** Inputs shared by the bench script and the property tests: realistic listings and hostile text. */

const TYPICAL_PARTS = [
  'About the opportunity\nWe connect skilled people with flexible AI training projects. As a Generalist AI Trainer you will read chatbot answers, judge them against a rubric and explain your judgment.\n',
  'What you will do\n- Evaluate AI-generated responses for accuracy, helpfulness and instruction-following\n- Compare two responses to the same prompt and pick the stronger one\n- Rewrite weak answers into ideal responses\n',
  'Pay: $15–$25 USD per hour depending on project and location. Top contributors have earned more than $40/hr with bonuses. Paid weekly via PayPal.\n',
  'The onboarding assessment is unpaid and takes about an hour. Work is project-based and availability varies.\n',
  'Requirements: must be based in the US, UK or Canada; bachelor degree; excellent written English; 10+ hours per week.\n',
  'We will never ask you to pay a fee, buy equipment or move to Telegram or WhatsApp. Anyone doing so in our name is a scammer.\n',
  'Benefits: choose your own schedule, work on topics across science, history, law and coding (Python, JavaScript, SQL).\n',
];

/** A realistic listing of about `bytes` characters. */
export function typicalListing(bytes = 5_000): string {
  let out = '';
  for (let i = 0; out.length < bytes; i++) out += TYPICAL_PARTS[i % TYPICAL_PARTS.length];
  return out.slice(0, bytes);
}

const HOSTILE_CHUNKS = [
  '9'.repeat(5000),
  '$'.repeat(3000),
  '$1,$1,$1,$1,'.repeat(300),
  '1.000.000,00 € – '.repeat(200),
  'per per per per hour hour '.repeat(200),
  'up to up to up to $'.repeat(200),
  'a.'.repeat(3000),
  'x@'.repeat(2000) + 'gmail.com ',
  '<'.repeat(2000) + '<a' + ' b'.repeat(500),
  'telegram '.repeat(500),
  'fee deposit fee deposit '.repeat(300),
  ' '.repeat(4000) + '\n'.repeat(2000),
  'compare two two two two answers '.repeat(200),
  'evaluate evaluate evaluate the the the '.repeat(200),
  '€'.repeat(1000) + '¢'.repeat(1000),
  '12,50 € - 12,50 € - '.repeat(300),
  'aaaa'.repeat(3000),
  'Outlier Outlier Scale AI Appen '.repeat(200),
  'never never never no no fee '.repeat(200),
  '0.5% 5+ years 2024-05-01 +1 (555) 123-4567 '.repeat(200),
];

/** About `bytes` characters built from patterns chosen to stress regexes (digits, symbols, repeats). */
export function hostileText(bytes = 1_000_000): string {
  let out = '';
  for (let i = 0; out.length < bytes; i++) out += HOSTILE_CHUNKS[i % HOSTILE_CHUNKS.length];
  return out.slice(0, bytes);
}
