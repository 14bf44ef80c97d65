import { defineFlag } from '../flag';

export const depositToUnlock = defineFlag({
  id: 'deposit_to_unlock',
  kind: 'red',
  severity: 'high',
  title: 'Deposits to unlock tasks or withdrawals',
  explanation:
    'Rules about topping up a balance, resetting an account, "combination orders" or fees to withdraw are the machinery of task scams: the balance only grows on screen, and each withdrawal asks for a bigger deposit.',
  match: {
    negation: 'demand',
    patterns: [
      /\b(?:minimum|min\.?) (?:deposit|recharge|top[- ]?up)\b/,
      /(?<!direct )\b(?:recharg\w{0,3}|top[- ]up|deposit)\w{0,3} (?:\w{1,20} ){0,5}(?:to (?:unlock|reach|access|vip|gold|level|tier|continue|withdraw|reset|complete)|tier|balance|for \S{1,8}\d)/,
      /\bwithdrawal (?:fee|password|limits?|requirements?|conditions?|amount)s?\b/,
      /\b(?:reset|upgrade|refresh)\w{0,3} (?:of |your |the |an )?(?:account|tasks)\b|\baccount (?:reset|upgrade|optimi[sz]ation)\b/,
      /\b(?:vip ?\d|vip (?:level|tier|member|users?)s?|gold tier|premium tier|tier upgrade|level upgrade)\b/,
      /\b(?:combination|combined|joint|merged|lucky|premium) (?:tasks?|orders?|products?)\b|\bnegative balance\b/,
      /\b(?:trading|optimi[sz]ation|rating|boost(?:ing)?|data) (?:tasks?|orders?)\b[^.\n]{0,80}\b(?:deposit|balance|withdraw\w{0,3}|recharg\w{1,3})\b/,
      /\bminimum amount (?:required )?to (?:refresh|reset|start|unlock|withdraw)\b/,
      // Money that is "frozen", a balance the worker must hold before a task starts, recharge rules.
      // Kept to the scripts' own words: a genuine platform may freeze an account or set a payout
      // minimum, so "account balance of at least $10" or "your account will be frozen" are not here.
      /\bfrozen (?:assets|amount)\b|\bbundled? (?:orders?|tasks?)\b|\borders? will be frozen\b|\bfreeze (?:members|users) who\b/,
      /\bwallet balance (?:is |must be |stays )?(?:at or above|at least|of at least|no less than)\b|\bminimum wallet balance\b/,
      /\b(?:before|not|without) recharg\w{0,3}\b|\brecharge (?:accounts?|information|records?)\b/,
    ],
  },
  examples: {
    positive: [
      'A minimum deposit of 100 USDT is required to request a reset.',
      'For the first large withdrawal, users pay a 30% withdrawal fee.',
      'Each user must complete all joint orders before withdrawing.',
      'VIP2 members may withdraw up to 10,000.',
      'Your frozen assets are released once the bundle is done.',
      'Tasks start only while your wallet balance is at or above $50.',
      'Members who have not recharged within three days will be frozen.',
      'We freeze users who do not recharge in time.',
    ],
    negative: [
      'Paid weekly by direct deposit to your bank account.',
      'Reset your password from the login page.',
      'Recharge your phone before the shift; calls are on us.',
      'Withdraw once your account balance is at least $10.',
      'Accounts that break the rules will be frozen.',
      'Create bundled products for our online store.',
    ],
  },
});
