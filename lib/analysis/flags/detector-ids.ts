/** Judgments that need more than a listing's words; each is implemented in `detectors.ts`. */
export const DETECTOR_IDS = [
  'impersonation',
  'free_mail_contact',
  'verified_domain',
  'stated_pay_rate',
  'clear_description',
  'mixed_script',
  'fraud_model',
  'safety_notice',
  'missing_pay',
  'pay_ceiling_only',
  'no_company_identity',
  'unread_text',
] as const;
export type DetectorId = (typeof DETECTOR_IDS)[number];
