import type { FraudExample } from '../../../lib/analysis/fraud-model/example';

/** Self-written toy listings: scams ask for fees and chats, genuine ones describe the work. */
const SCAM_LINES = [
  'Pay the registration fee today and message me on Telegram to start.',
  'Send a deposit by gift card, then I will add you on WhatsApp for tasks.',
  'Urgent: pay the activation fee now, contact my manager on Telegram.',
  'Buy the starter kit with your own money, I refund it after the first task.',
  'Earn big money today! Pay a small fee and text me on WhatsApp.',
  'Recharge your account with crypto to unlock paid tasks, message me now.',
];
const GENUINE_LINES = [
  'Review chatbot answers against a rubric and explain your rating in writing.',
  'Label images of street scenes with bounding boxes following the guidelines.',
  'Compare two model responses and choose the more helpful one for each prompt.',
  'Transcribe short audio clips in English and mark unclear words.',
  'Write reference solutions to coding prompts in Python and review peers.',
  'Rate search results for relevance using the published quality guidelines.',
];

/** `n` toy examples of each class, each one a different pairing of lines. */
export function toyExamples(n = 12): FraudExample[] {
  const out: FraudExample[] = [];
  for (let i = 0; i < n; i++) {
    const scam = `${SCAM_LINES[i % 6]} ${SCAM_LINES[(i + 1 + Math.floor(i / 6)) % 6]}`;
    const genuine = `${GENUINE_LINES[i % 6]} ${GENUINE_LINES[(i + 1 + Math.floor(i / 6)) % 6]}`;
    out.push({ id: `scam-${i}`, title: 'Quick online job', text: scam, fraud: true, set: 'toy' });
    out.push({ id: `ok-${i}`, title: 'Data annotation project', text: genuine, fraud: false, set: 'toy' });
  }
  return out;
}

/** Small batches, so the seed's shuffling matters. */
export const TOY_OPTIONS = { seed: 7, epochs: 30, l2: 1e-4, buckets: 2 ** 12, minGroups: 2, batchSize: 6 };
