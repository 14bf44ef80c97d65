import { describe, expect, it } from 'vitest';
import { analyzeListing as analyzeWithModel } from '../../lib/analysis/analyze';
import type { AnalysisInput } from '../../lib/analysis/types';

// These tests hold the rules to their meaning; the fraud model's part is tested in fraud-signal.test.ts.
const analyzeListing = (input: AnalysisInput) => analyzeWithModel(input, { fraudModel: null });

const flags = (a: ReturnType<typeof analyzeListing>) => a.redFlags.map((f) => f.id);

const GENUINE_BODY =
  'Evaluate AI-generated responses for accuracy and rank two answers to the same prompt. Pay: $20–$30 per hour, paid weekly via PayPal. Must be based in the US.';

describe('risk', () => {
  it('is low for a genuine listing with a stated rate', () => {
    const a = analyzeListing({
      url: 'https://outlier.ai/careers/x',
      title: 'AI Trainer',
      text: `Outlier. ${GENUINE_BODY}`,
    });
    expect(a.risk.level).toBe('low');
    expect(a.goodSignals.map((g) => g.id)).toEqual(
      expect.arrayContaining(['named_company_verifiable_domain', 'stated_pay_rate', 'eligibility_stated']),
    );
  });

  it('reports a vague rate as a gap to ask about, not as risk', () => {
    const a = analyzeListing({
      url: 'https://www.linkedin.com/jobs/view/1/',
      title: 'AI Data Specialist',
      text: 'Review AI outputs for quality and accuracy. We offer competitive pay and flexible hours.',
    });
    expect(a.risk.level).toBe('low');
    expect(flags(a)).toEqual([]);
    expect(a.gaps?.map((g) => g.id)).toEqual(['missing_pay']);
    expect(a.gaps?.[0].evidence[0].snippet).toBe('competitive pay');
  });

  it('reports a ceiling without a base rate as a gap', () => {
    const a = analyzeListing({
      url: 'https://outlier.ai/x',
      text: 'Outlier: grade model answers. Earn up to $50/hr.',
    });
    expect(a.risk.level).toBe('low');
    expect(a.gaps?.map((g) => g.id)).toEqual(['pay_ceiling_only']);
  });

  it('reports a message naming no company as a gap, not as risk', () => {
    const a = analyzeListing({ text: 'Remote reviewers wanted for chatbot answers, $22 per hour.' });
    expect(a.risk.level).toBe('low');
    expect(a.gaps?.map((g) => g.id)).toEqual(['no_company_identity']);
  });

  it.each([
    ['a fee', 'To activate your account, a one-time registration fee of $49 is required.', 'upfront_fee'],
    ['a deposit', 'Secure your position with a refundable $20 deposit.', 'upfront_fee'],
    ['a tier upgrade', 'Upgrade to Gold tier for $99 to unlock premium tasks.', 'deposit_to_unlock'],
    ['a deposit to withdraw', 'For the first withdrawal a 30% withdrawal fee applies.', 'deposit_to_unlock'],
    ['buying gift cards', 'Buy three Google Play gift cards and send us the codes.', 'upfront_fee'],
    ['reshipping', 'Receive packages at your home and forward them with prepaid labels.', 'reshipping'],
    ['lending your account', 'If you are not using your Upwork account, rent it to me.', 'identity_misuse'],
    [
      'a fake check',
      'You will receive a check of $2,850 to purchase your laptop from our approved vendor.',
      'fake_check_equipment',
    ],
    [
      'ID before contract',
      'Please send a copy of your driver’s license to move forward.',
      'sensitive_info_early',
    ],
    [
      'bank details',
      'Reply with your Social Security Number and bank account details.',
      'sensitive_info_early',
    ],
  ])('is high for %s', (_name, text, id) => {
    const a = analyzeListing({ text: `Remote AI rater job at Acme Data LLC. ${text}` });
    expect(flags(a)).toContain(id);
    expect(a.risk.level).toBe('high');
  });

  it('is high for chat-only hiring on Telegram or WhatsApp', () => {
    const a = analyzeListing({
      text: 'We are hiring AI trainers at $30/hr. Interviews are conducted via Telegram chat. Add our manager on Telegram @hr_desk.',
    });
    expect(flags(a)).toEqual(expect.arrayContaining(['messaging_app_contact', 'chat_only_interview']));
    expect(a.risk.level).toBe('high');
  });

  it.each([
    ['crypto pay', 'Payouts in USDT (TRC20) every day.', 'untraceable_payment'],
    ['gift-card pay', 'We pay our remote staff with Amazon gift cards every Friday.', 'untraceable_payment'],
    ['a move to chat', 'Questions? Add our manager on WhatsApp +44 7700 900123.', 'messaging_app_contact'],
  ])('is caution for %s alone', (_name, text, id) => {
    const a = analyzeListing({ text: `Remote AI rater job at Acme Data LLC, $20 per hour. ${text}` });
    expect(flags(a)).toEqual([id]);
    expect(a.risk.level).toBe('caution');
  });

  it('is low when a chat app is only mentioned, not asked for', () => {
    const a = analyzeListing({
      url: 'https://www.opentrain.ai/jobs/x',
      text: 'OpenTrain project: rank chatbot answers, $18/hr. Our community chat is on WhatsApp.',
    });
    expect(a.risk.level).toBe('low');
  });

  it('raises risk when weaker signs stack up', () => {
    const a = analyzeListing({
      url: 'https://easy-jobs.site',
      text: 'Guaranteed $5,000 a month. Simple online tasks anyone can do. Only 12 places left today!',
    });
    expect(a.risk.level).toBe('high');
    expect(a.risk.reason).toMatch(/warning signs/i);
  });

  it('does not flag a genuine listing that warns about scams', () => {
    const a = analyzeListing({
      url: 'https://www.dataannotation.tech/',
      text: `DataAnnotation. ${GENUINE_BODY} We will never ask you to pay a fee, buy equipment, or move to Telegram or WhatsApp for an interview. Anyone asking for gift cards in our name is a scammer.`,
    });
    expect(a.redFlags).toEqual([]);
    expect(a.risk.level).toBe('low');
  });

  it('gives a one-line reason', () => {
    for (const text of ['Pay a $30 registration fee.', GENUINE_BODY, 'Hello']) {
      const { reason } = analyzeListing({ text }).risk;
      expect(reason.length).toBeGreaterThan(10);
      expect(reason).not.toContain('\n');
    }
  });
});
