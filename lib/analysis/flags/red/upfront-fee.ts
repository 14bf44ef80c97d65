import { defineFlag } from '../flag';

export const upfrontFee = defineFlag({
  id: 'upfront_fee',
  kind: 'red',
  severity: 'high',
  title: 'Asks you to pay first',
  explanation:
    'A fee, deposit, kit or paid course before you can work. Real employers and platforms pay you; charging you to start is how many job scams take their money.',
  match: {
    negation: 'demand',
    patterns: [
      /\b(?:registration|activation|verification|training|onboarding|application|processing|membership|certification|enrol?lment|joining|account|facilitation|internship|interview|visa|security|placement|administration|admin|subscription|consultancy|refundable|panel|id card|agreement|software) (?:fees?|charges?|deposits?|amount)\b/,
      /\b(?:one[- ]time|small|refundable|non[- ]refundable|upfront|up[- ]front|token) (?:\w{1,20} ){0,2}(?:fee|fees|deposit|payment)\b/,
      /\bpay (?:the |a |an |us |our |only |just )?(?:\S{1,12} )?(?:fee|fees|deposit)\b|\bsecure (?:your|the) (?:position|spot|place) with\b/,
      /\bstarter (?:kit|pack(?:age)?)\b|\btraining (?:course|materials?|package) (?:for|costs?) \S{1,10}\d/,
      /\b(?:purchase|buy) (?:the )?(?:\w{1,20} ){0,2}(?:software (?:license|licence)|license|licence|certification|course)\b/,
      /\b(?:buy|purchase|send|get) (?:\w{1,15} ){0,3}gift ?cards?\b|\bgift ?card codes?\b/,
      /\bfees?(?: is| are| of|:)? (?:rs\.? ?|inr ?|ksh\.? ?|kes ?|\$|₹|usd ?|n)?\d/,
      /\b(?:registration|membership|fees?) (?:is|are|will be|shall be) (?:valid|non[- ]refundable|refundable|payable)\b/,
      // A cheque held "as security" is a deposit; talk of refunds means the worker paid something.
      /\b(?:post[- ]?dated|blank) (?:cheques?|checks?)\b|\bcheques? (?:of|for) (?:rs\.? ?|inr ?|₹)?\d[\d,]{0,9}(?:\/-)? as (?:a )?security\b/,
      /\bno (?:amount|money|fees?|payment|deposit) (?:will|shall) be (?:given or )?refunded\b|\b(?:amount|money|fees?|payment|deposit) (?:paid )?(?:will|shall) not be refunded\b/,
      /\b(?:tarifa|cuota|comision|pago) de (?:inscripcion|registro|activacion|afiliacion)\b|\btaxa de (?:inscricao|cadastro|ativacao|adesao)\b|\bbiaya (?:pendaftaran|registrasi|aktivasi|admin)\b/,
    ],
  },
  examples: {
    positive: [
      'A one-time registration fee of $49 is required.',
      'Shortlisted interns to pay an internship fee of KSh 2,600.',
      'Official starter kit ($79) ships in two days.',
      'Beware of fraud: pay the $49 activation fee to begin.',
      'We never charge anything, except the small processing fee.',
      'All first-time applicants must pay a registration fee of Ksh. 450.',
      'Hand in a post-dated cheque, returned after a year of service.',
      'If you leave early, no amount will be refunded.',
    ],
    negative: [
      'We never charge a registration fee.',
      'There are no fees to join, and you earn $20 an hour.',
      'We will never ask you to pay a fee, buy equipment, or share your bank details over chat.',
      'Tuition reimbursement and a training budget.',
      'Check the work against the style guide before you submit.',
    ],
  },
});
