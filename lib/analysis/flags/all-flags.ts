import { freeMail } from './red/free-mail';
import { homeDataEntry } from './red/home-data-entry';
import { chatInterview } from './red/chat-interview';
import { clientNoHistory } from './red/client-no-history';
import { clientPaymentUnverified } from './red/client-payment-unverified';
import { depositToUnlock } from './red/deposit-to-unlock';
import { fakeCheck } from './red/fake-check';
import { fraudModel } from './red/fraud-model';
import { identityMisuse } from './red/identity-misuse';
import { impersonation } from './red/impersonation';
import { messagingApp } from './red/messaging-app';
import { mixedScript } from './red/mixed-script';
import { moneyMule } from './red/money-mule';
import { moneyMultiplier } from './red/money-multiplier';
import { payForEngagement } from './red/pay-for-engagement';
import { penaltyClauses } from './red/penalty-clauses';
import { personalDataRequest } from './red/personal-data-request';
import { pyramidRecruiting } from './red/pyramid-recruiting';
import { reshipping } from './red/reshipping';
import { sensitiveInfo } from './red/sensitive-info';
import { sideGigPitch } from './red/side-gig-pitch';
import { taskScamLanguage } from './red/task-scam-language';
import { unrealisticPay } from './red/unrealistic-pay';
import { unsolicitedContact } from './red/unsolicited-contact';
import { untraceablePayment } from './red/untraceable-payment';
import { upfrontFee } from './red/upfront-fee';
import { urgency } from './red/urgency';
import { ussdCode } from './red/ussd-code';
import { vagueDuties } from './red/vague-duties';
import { clearDescription } from './good/clear-description';
import { clientHireHistory } from './good/client-hire-history';
import { clientPaymentVerified } from './good/client-payment-verified';
import { eligibility } from './good/eligibility';
import { paidOnboarding } from './good/paid-onboarding';
import { paymentRail } from './good/payment-rail';
import { reviewProcess } from './good/review-process';
import { safetyNotice } from './good/safety-notice';
import { statedPay } from './good/stated-pay';
import { verifiedDomain } from './good/verified-domain';
import { missingPay } from './gaps/missing-pay';
import { noCompany } from './gaps/no-company';
import { payCeilingOnly } from './gaps/pay-ceiling-only';
import { unreadText } from './gaps/unread-text';
import type { FlagRecord } from './flag';

/** Every red flag, good sign and gap the analyser can report, most serious red flags first. */
export const ALL_FLAGS = [
  upfrontFee,
  depositToUnlock,
  fakeCheck,
  reshipping,
  moneyMule,
  moneyMultiplier,
  identityMisuse,
  sensitiveInfo,
  impersonation,
  messagingApp,
  chatInterview,
  unsolicitedContact,
  sideGigPitch,
  unrealisticPay,
  payForEngagement,
  homeDataEntry,
  untraceablePayment,
  taskScamLanguage,
  penaltyClauses,
  ussdCode,
  mixedScript,
  clientPaymentUnverified,
  fraudModel,
  pyramidRecruiting,
  personalDataRequest,
  urgency,
  vagueDuties,
  freeMail,
  clientNoHistory,
  verifiedDomain,
  statedPay,
  safetyNotice,
  reviewProcess,
  paidOnboarding,
  clearDescription,
  eligibility,
  paymentRail,
  clientPaymentVerified,
  clientHireHistory,
  missingPay,
  payCeilingOnly,
  noCompany,
  unreadText,
] as const;

/** A flag's id: a misspelt one does not compile. */
export type FlagId = (typeof ALL_FLAGS)[number]['id'];

const BY_ID = new Map<string, FlagRecord<FlagId>>(ALL_FLAGS.map((f) => [f.id, f]));

export function flagRecord(id: FlagId): FlagRecord<FlagId> {
  const record = BY_ID.get(id);
  if (!record) throw new Error(`unknown flag ${id}`);
  return record;
}

/** The record for an id read from storage, which an older or newer version may have written. */
export const findFlagRecord = (id: string): FlagRecord<FlagId> | undefined => BY_ID.get(id);

export const flagIdsOfKind = (kind: FlagRecord['kind']): FlagId[] =>
  ALL_FLAGS.filter((f) => f.kind === kind).map((f) => f.id);
