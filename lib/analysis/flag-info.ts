/** Panel text for each red flag and good signal id the analyser can report. */
export interface FlagInfo {
  title: string;
  explanation: string;
}

export const RED_FLAG_IDS = [
  'upfront_fee',
  'fake_check_equipment',
  'untraceable_payment',
  'guaranteed_earnings',
  'messaging_app_contact',
  'personal_email_contact',
  'chat_only_interview',
  'sensitive_info_early',
  'urgency_pressure',
  'unsolicited_contact',
  'task_scam_language',
  'vague_duties',
  'impersonation_domain',
  'no_company_identity',
  'missing_pay',
] as const;
export type RedFlagId = (typeof RED_FLAG_IDS)[number];

export const GOOD_SIGNAL_IDS = [
  'named_company_verifiable_domain',
  'stated_pay_rate',
  'review_process_described',
  'paid_onboarding',
  'clear_description',
  'eligibility_stated',
  'established_payment_rail',
] as const;
export type GoodSignalId = (typeof GOOD_SIGNAL_IDS)[number];

export const FLAG_INFO: Record<RedFlagId | GoodSignalId, FlagInfo> = {
  upfront_fee: {
    title: 'Asks you to pay first',
    explanation:
      'A fee, deposit, starter kit, course or account upgrade before you can work. Legitimate work pays you; it does not charge you to start.',
  },
  fake_check_equipment: {
    title: 'Check or equipment scheme',
    explanation:
      'You get a check to buy equipment from "their vendor" or to send part of it on. The check bounces later and the money you sent is gone.',
  },
  untraceable_payment: {
    title: 'Crypto, gift card or money-transfer pay',
    explanation:
      'Payment in crypto, gift cards or through money-transfer shops cannot be traced or reversed. Real platforms pay through payroll, PayPal, Payoneer or bank transfer.',
  },
  guaranteed_earnings: {
    title: 'Promised or unrealistic income',
    explanation:
      'Guaranteed income or large daily or weekly sums for little effort. Real task work pays by the hour or by the unit, and the amount of work varies.',
  },
  messaging_app_contact: {
    title: 'Contact moved to a messaging app',
    explanation:
      'Being asked to continue on Telegram, WhatsApp or Signal moves you away from the platform and its records. Real recruiting stays on the platform or company email.',
  },
  personal_email_contact: {
    title: 'Free personal email address',
    explanation: 'The contact uses a free mailbox (Gmail, Outlook, Yahoo…) rather than a company domain.',
  },
  chat_only_interview: {
    title: 'Interview by chat only',
    explanation:
      'Hiring after a text chat, with no call and no platform assessment, lets a fake recruiter stay anonymous.',
  },
  sensitive_info_early: {
    title: 'Asks for ID or bank details early',
    explanation:
      'SSN, bank or ID documents requested by message before any contract. Real platforms verify identity inside their own app after you sign up.',
  },
  urgency_pressure: {
    title: 'Pressure to act fast',
    explanation: 'Hour-long deadlines and "last spots" are meant to stop you from checking who is asking.',
  },
  unsolicited_contact: {
    title: 'Offer you did not apply for',
    explanation:
      'An unexpected message saying you were selected. It can be genuine, but confirm it through the company’s own website before replying.',
  },
  task_scam_language: {
    title: 'Task-scam wording',
    explanation:
      'Sets of "optimization" or app-rating tasks paid by commission: the usual script of scams that later ask for deposits to unlock earnings.',
  },
  vague_duties: {
    title: 'Vague work description',
    explanation: 'The work is described only as simple or easy, without saying what you would actually do.',
  },
  impersonation_domain: {
    title: 'Platform name on a domain it does not own',
    explanation:
      'The text names a well-known platform, but the page or contact address is not one of that platform’s domains. Look the platform up yourself and apply from its own site.',
  },
  no_company_identity: {
    title: 'No identifiable company',
    explanation: 'Nothing names a company you could look up, and there is no page or domain to check.',
  },
  missing_pay: {
    title: 'Pay not stated',
    explanation: 'No rate or pay basis is given, so you cannot judge whether the work is worth the time.',
  },
  named_company_verifiable_domain: {
    title: 'Company you can verify',
    explanation: 'The listing is on, or points to, the company’s own domain or a known job board.',
  },
  stated_pay_rate: {
    title: 'Rate and basis stated',
    explanation: 'You can see how much the work pays and per what.',
  },
  review_process_described: {
    title: 'Review process described',
    explanation: 'The listing explains how work is checked, so you know who decides acceptance.',
  },
  paid_onboarding: {
    title: 'Paid onboarding',
    explanation: 'Training or onboarding time is paid.',
  },
  clear_description: {
    title: 'Clear description of the work',
    explanation: 'The listing says what you will see and what you will submit.',
  },
  eligibility_stated: {
    title: 'Eligibility stated',
    explanation: 'Location, language or credential requirements are spelled out before you apply.',
  },
  established_payment_rail: {
    title: 'Payment method and schedule named',
    explanation: 'The listing says how and when you are paid, through a method that leaves a record.',
  },
};

/**
 * A flag's text by id. An id the catalog does not know (a log saved by another version) still
 * shows, its id in words.
 */
export function flagInfoOf(id: string): FlagInfo {
  const known = (FLAG_INFO as Partial<Record<string, FlagInfo>>)[id];
  if (known) return known;
  const words = id.replace(/[_-]+/g, ' ').trim();
  return { title: words.charAt(0).toUpperCase() + words.slice(1), explanation: '' };
}
