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
      // Money that can be "frozen", or a balance the worker must hold before a task starts.
      /\bfrozen (?:assets|funds|balance|amount|earnings)\b|\bbundled? (?:packages?|orders?|products?|tasks?)\b/,
      /\b(?:wallet|account) balance (?:is |must be |stays )?(?:at or above|at least|above|of at least|no less than)\b|\bminimum (?:wallet|account) balance\b/,
      /\b(?:before|not|without) recharg\w{0,3}\b|\brecharge (?:accounts?|information|records?)\b|\b(?:account|order|orders|system|balance|funds) will be frozen\b|\bfreeze (?:members|users|accounts?|your account)\b/,
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
    ],
    negative: [
      'Paid weekly by direct deposit to your bank account.',
      'Reset your password from the login page.',
      'Recharge your phone before the shift; calls are on us.',
    ],
  },
});
