import { defineFlag } from '../flag';

export const unrealisticPay = defineFlag({
  id: 'guaranteed_earnings',
  kind: 'red',
  severity: 'medium',
  title: 'Promised or unrealistic income',
  explanation:
    'Guaranteed income, big daily sums for minutes of work, or money that multiplies: real task work pays by the hour or the unit, and the amount of work varies.',
  match: {
    negation: 'near',
    patterns: [
      /\bguarantee\w{0,2} (?:\w{1,20} ){0,2}(?:income|earnings|pay|salary|\$)/,
      /\b(?:easy|fast|quick|extra) (?:money|cash)\b|\bget paid instantly\b|\bfinancial freedom\b|\bpassive income\b|\bget rich\b/,
      /\bno (?:skills|experience)(?: required| needed)?,? (?:no (?:interview|boss)|earn)\b/,
      /\b(?:\d{1,3}|one|two|three|few) (?:hours?|minutes?)(?: a| per| each)? day\b[^.\n]{0,40}\b(?:earn|get|make)\b/,
      /\b(?:daily|diario|diaria|harian|journalier) (?:salary|income|wage|earnings|salario|gaji|sueldo|ganho)\b|\b(?:salario|gaji|sueldo|ganho) (?:diario|harian)\b|\bget paid (?:daily|every day)\b/,
      /\b(?:earn|make|income|salary|wage|paid|ganar|ganas|gana|ganhar|ganhe|ganha|ganancias) (?:\S{1,12} ){0,4}(?:r\$ ?|rp ?|rs\.? ?|[$€£₹] ?)?\d[\d,.]{0,9}(?: ?(?:-|–|to|a|y|e|and) ?(?:r\$ ?|rp ?|rs\.? ?|[$€£₹] ?)?\d[\d,.]{0,9})? ?(?:\/ ?|per |a |por |al |ao |each )(?:day|dia|hari)\b/,
      /\bturn \$?\d[\d,]{0,9} into \$?\d|\$1,000['’]?s\b|\$\d{1,3}k in \d/,
      /\b\d[\d,.]{0,9} ?(?:-|a|to|ate|hingga|y|e|and) ?\d[\d,.]{0,9} (?:reais|pesos|rupias|rupees|euros|dolares|dollars|pounds|libras|rupiah) (?:por|per|a|al|ao) (?:dia|day)\b/,
      /\bgifting (?:program|circle)\b|\bground floor\b|\bturnkey (?:marketing|system|business)\b|\ba \d{1,2}[- ]year[- ]old can do\b/,
      /\bvery stable income\b|\bunlimited (?:income|earning)/,
    ],
  },
  examples: {
    positive: [
      'Guaranteed income of $1,200 per week.',
      'Salário diário: 500-1500 reais.',
      'Turn $150 into $8400 over and over!',
      'Wage is Rs 8000/ day.',
      'O salário será pago no mesmo dia, 900-4000 reais por dia.',
      'Part-time from home, you can earn $150-$600 a day.',
      'Você pode ganhar de R$150 a R$700 por dia.',
      'Ganas entre 250 y 900 pesos al día.',
    ],
    negative: ['Qualifying does not guarantee steady work.', 'About 4 hours a day of focused review.'],
  },
});
