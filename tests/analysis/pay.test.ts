import { describe, expect, it } from 'vitest';
import { findPay, findPayAmounts, parseNumber } from '../../lib/analysis/pay';
import { scanText } from '../../lib/analysis/text-scan';

type Row = [
  text: string,
  expected: [min: number, max: number, currency: string, unit: string, per?: number, kind?: string][],
];

const amounts = (text: string) =>
  findPayAmounts(scanText('text', text)).map((p) => [p.min, p.max, p.currency, p.unit, p.per, p.kind]);

const withDefaults = (rows: Row[1]) =>
  rows.map(([min, max, cur, unit, per = 1, kind = 'base']) => [min, max, cur, unit, per, kind]);

const CASES: Row[] = [
  // ranges
  ['$25–35/hour', [[25, 35, 'USD', 'hour']]],
  ['Pay: $20 - $25 per hour', [[20, 25, 'USD', 'hour']]],
  ['$15 to $20 an hour', [[15, 20, 'USD', 'hour']]],
  ['between $15 and $20 an hour', [[15, 20, 'USD', 'hour']]],
  ['20-30 USD/hour', [[20, 30, 'USD', 'hour']]],
  ['$30—$45 per hr', [[30, 45, 'USD', 'hour']]],
  ['Pay transparency: $45/hr - $60/hr', [[45, 60, 'USD', 'hour']]],
  ['15-20 $/h', [[15, 20, 'USD', 'hour']]],
  [
    '$20/hr or $0.50 per task',
    [
      [20, 20, 'USD', 'hour'],
      [0.5, 0.5, 'USD', 'task'],
    ],
  ],
  // k, thousands, decimals
  ['$60k–$80k per year', [[60000, 80000, 'USD', 'year']]],
  ['$60-80k', [[60000, 80000, 'USD', 'year']]],
  ['Salary: $180K – $250K + equity', [[180000, 250000, 'USD', 'year']]],
  ['The base salary range is $140,000 - $180,000 USD.', [[140000, 180000, 'USD', 'year']]],
  ['€1.500 per month', [[1500, 1500, 'EUR', 'month']]],
  ['1.234,56 € per month', [[1234.56, 1234.56, 'EUR', 'month']]],
  ['€12,50 per hour', [[12.5, 12.5, 'EUR', 'hour']]],
  ['12,50 € – 15,00 € pro Stunde', [[12.5, 15, 'EUR', 'hour']]],
  ['€0,012 per word', [[0.012, 0.012, 'EUR', 'word']]],
  ['₹6,00,000 per annum', [[600000, 600000, 'INR', 'year']]],
  ['Salary: ₹15,000 - ₹22,000 per month', [[15000, 22000, 'INR', 'month']]],
  ['Rp 35.000 per jam', [[35000, 35000, 'IDR', 'hour']]],
  // cents
  ['10 cents per HIT', [[0.1, 0.1, 'USD', 'task']]],
  ['50¢ per task', [[0.5, 0.5, 'USD', 'task']]],
  ['$0.50 per task', [[0.5, 0.5, 'USD', 'task']]],
  ['5-10 cents per image', [[0.05, 0.1, 'USD', 'item']]],
  // currencies
  ['US$ 1,200 per month', [[1200, 1200, 'USD', 'month']]],
  ['C$28/hr', [[28, 28, 'CAD', 'hour']]],
  ['A$ 35 per hour', [[35, 35, 'AUD', 'hour']]],
  ['£9.00/hr', [[9, 9, 'GBP', 'hour']]],
  ['GBP 14 per hour', [[14, 14, 'GBP', 'hour']]],
  ['INR 800 per hour', [[800, 800, 'INR', 'hour']]],
  ['KRW 25,000 per hour', [[25000, 25000, 'KRW', 'hour']]],
  ['¥1,300 per hour', [[1300, 1300, 'JPY', 'hour']]],
  ['30 EUR per hour', [[30, 30, 'EUR', 'hour']]],
  // units
  ['$8 per 1,000 annotations', [[8, 8, 'USD', 'item', 1000]]],
  ['$6.50 per 1k words', [[6.5, 6.5, 'USD', 'word', 1000]]],
  ['$0.08/word', [[0.08, 0.08, 'USD', 'word']]],
  ['$30 per transcribed audio hour', [[30, 30, 'USD', 'audio_hour']]],
  ['$15 per hour of audio', [[15, 15, 'USD', 'audio_hour']]],
  ['$0.60 – $1.10 per audio minute', [[36, 66, 'USD', 'audio_hour']]],
  ['$150 per day', [[150, 150, 'USD', 'day']]],
  ['get $450 weekly', [[450, 450, 'USD', 'week']]],
  ['$5,000 a month', [[5000, 5000, 'USD', 'month']]],
  ['$400 per project', [[400, 400, 'USD', 'project']]],
  ['€12 for the whole job', [[12, 12, 'EUR', 'project']]],
  ['$0.90 per approved image', [[0.9, 0.9, 'USD', 'item']]],
  ['Hourly rate: $25', [[25, 25, 'USD', 'hour']]],
  ['Reward: £1.20', [[1.2, 1.2, 'GBP', 'task']]],
  ['Fixed-price · Budget: $900', [[900, 900, 'USD', 'project']]],
  ['$14 an hour - Part-time', [[14, 14, 'USD', 'hour']]],
  ['most tasks pay between €0,02 and €0,15 each', [[0.02, 0.15, 'EUR', 'task']]],
  // currencies and units in other languages
  ['Stawka 28,40 zł brutto za godzinę', [[28.4, 28.4, 'PLN', 'hour']]],
  ['wynagrodzenie: 5 200 zł brutto', [[5200, 5200, 'PLN', 'month']]],
  ['5100 zł brutto podstawa', [[5100, 5100, 'PLN', 'month']]],
  ['PLN 150 000 zł~210 000 zł', [[150000, 210000, 'PLN', 'year']]],
  ['od 4000 do 4500 zł miesięcznie', [[4000, 4500, 'PLN', 'month']]],
  ['€55.000–62.000 per year', [[55000, 62000, 'EUR', 'year']]],
  ['€48,000 EUR Gross - up to €52,000 EUR Gross', [[48000, 52000, 'EUR', 'year']]],
  ['salário diário de R$ 300 – R$ 700', [[300, 700, 'BRL', 'day']]],
  ['ganhe 150-400 reais por dia', [[150, 400, 'BRL', 'day']]],
  ['gaji harian: Rp 150.000 - 900.000', [[150000, 900000, 'IDR', 'day']]],
  ['Income Rs.4,000/- to Rs.9,000/- Per Month', [[4000, 9000, 'INR', 'month']]],
  ['Per Assignment  Rs.0.75/-', [[0.75, 0.75, 'INR', 'task']]],
  ['₹80/- per page', [[80, 80, 'INR', 'item']]],
  ['MONTHLY ALLOWANCE OF KSH. 12,000', [[12000, 12000, 'KES', 'month']]],
  ['you will be paid Sh2,500 daily', [[2500, 2500, 'KES', 'day']]],
  ['cobras 80 pesos por tarea', [[80, 80, 'MXN', 'task']]],
  ['sueldo 900000 pesos al mes, escríbenos al +57 300 000 0000', [[900000, 900000, 'COP', 'month']]],
  ['bis zu DM 1.500,- pro Woche', [[1500, 1500, 'DEM', 'week', 1, 'claim']]],
  ['DM 3 friends to unlock', []],
  ['3 USDT per task', [[3, 3, 'USDT', 'task']]],
  ['hour-long files pay $20/AH', [[20, 20, 'USD', 'audio_hour']]],
  ['Pay range (rate per hour)\n$18—$70 USD', [[18, 70, 'USD', 'hour']]],
  ['a pay range of $9-to- $40 per hour', [[9, 40, 'USD', 'hour']]],
  ['Earn $2K+ USD per week', [[2000, 2000, 'USD', 'week']]],
  ['$50–$2,500 bounties from a bounty pool of $40,000', [[50, 2500, 'USD', 'task']]],
  ['$5 100 tasks a day', []],
  ['평균 수입: 시간당 $30에서 $45 USD', [[30, 45, 'USD', 'hour']]],
  // claims
  ['Earn up to $40/hr', [[40, 40, 'USD', 'hour', 1, 'claim']]],
  [
    'Top earners make $60/hr. Base pay is $18/hr.',
    [
      [60, 60, 'USD', 'hour', 1, 'claim'],
      [18, 18, 'USD', 'hour'],
    ],
  ],
  ['as much as $1,000 per week', [[1000, 1000, 'USD', 'week', 1, 'claim']]],
  ['Top contributors have earned more than $30/hr with bonuses', [[30, 30, 'USD', 'hour', 1, 'claim']]],
  [
    'Pay: $15/hr, and up to $25/hr for top performers',
    [
      [15, 15, 'USD', 'hour'],
      [25, 25, 'USD', 'hour', 1, 'claim'],
    ],
  ],
  ['Starting at $20/hr', [[20, 20, 'USD', 'hour']]],
  ['Pay starts at $12.00-12.50/per hour.', [[12, 12.5, 'USD', 'hour']]],
  ['earn up to $900 and more per week', [[900, 900, 'USD', 'week', 1, 'claim']]],
  ['make $300 to $350 extra per day', [[300, 350, 'USD', 'day']]],
  ['leave five stars, 4 USDT per rate', [[4, 4, 'USDT', 'task']]],
  // named as pay, with no unit given
  ['a steady income ranging from £120 - £260.', [[120, 260, 'GBP', 'unstated']]],
  ['New members receive Rp 45.000 on the first day', [[45000, 45000, 'IDR', 'unstated']]],
  ['Up to $4.10 extra bonus for finishing every clip', [[4.1, 4.1, 'USD', 'unstated', 1, 'claim']]],
  ['keep $250 of it as your pay', [[250, 250, 'USD', 'unstated']]],
  ['plus 150 zł brutto premii', [[150, 150, 'PLN', 'unstated']]],
  // a raise promised in the same sentence
  [
    'Stawka od 30,50 zł brutto za godzinę, z możliwością zwiększenia do 31,50 zł brutto.',
    [[30.5, 31.5, 'PLN', 'hour']],
  ],
  ['$20/hr to start, rising to $24 after 90 days', [[20, 24, 'USD', 'hour']]],
  ['$18 an hour, and the team may grow to $900 in weekly sales', [[18, 18, 'USD', 'hour']]],
  ['$18 an hour. Our revenue will increase to $20 million', [[18, 18, 'USD', 'hour']]],
  // gross or net with no currency: the field's own
  [
    'Operator: 4400 zł brutto. Magazynier: ok 6200 brutto z dodatkami.',
    [
      [4400, 4400, 'PLN', 'month'],
      [6200, 6200, 'PLN', 'month'],
    ],
  ],
  ['Salary 5000 brutto, paid monthly.', []],
  [
    '€3,000 brutto a month, or $3,500 a month in the US; 2800 netto',
    [
      [3000, 3000, 'EUR', 'month'],
      [3500, 3500, 'USD', 'month'],
    ],
  ],
  // not pay
  ['5+ years of experience and 2,000 tasks completed', []],
  ['Call +1 (555) 123-4567 before 2024-05-01', []],
  ['a 20% bonus on 3 projects', []],
  ['Work 40 hours per week, 9:00–17:00 CET', []],
  ['Pay a $50 registration fee to start', []],
  ['You will receive a check of $2,850 for equipment', []],
  ['Minimum payout threshold is $10', []],
  ['The company raised $100M in funding', []],
  ['Your account has pending earnings of $640', []],
  ['PHP 8 and Python 3.12 experience', []],
  ['The starter laptop is $300 and ships in a week', []],
  ['We get $2,000 in credits from our cloud partner for the team', []],
];

describe('pay amounts', () => {
  it.each(CASES)('%s', (text, expected) => {
    expect(amounts(text)).toEqual(withDefaults(expected));
  });

  it('points evidence at the amount as written', () => {
    const text = 'About the role. Pay: $20 - $25 per hour, paid weekly.';
    const [p] = findPayAmounts(scanText('text', text));
    expect(text.slice(p.evidence.start, p.evidence.end)).toBe(p.text);
    expect(p.text).toBe('$20 - $25 per hour');
  });
});

describe('estimates', () => {
  it.each([
    ['Pay Rate: Paid per task (approx. $12.00 per hour)', true],
    ['Based on tasks (approximately $14 per hour)', true],
    ['works out to ~$10/hr', true],
    ['Pay: $18 per hour', false],
    ['Writers average $20 per hour', false],
  ] as const)('%s', (text, estimate) => {
    expect(findPay(scanText('text', text)).map((f) => f.estimate)).toEqual([estimate]);
  });
});

describe('parseNumber', () => {
  it.each([
    ['1,000', 'USD', 1000],
    ['1,000.50', 'USD', 1000.5],
    ['1.000,50', 'EUR', 1000.5],
    ['12,50', 'EUR', 12.5],
    ['1.500', 'EUR', 1500],
    ['1.500', 'USD', 1.5],
    ['0,012', 'EUR', 0.012],
    ['6,00,000', 'INR', 600000],
    ['35.000', 'IDR', 35000],
    ['4 900', 'PLN', 4900],
    ['2.000', 'DEM', 2000],
  ] as const)('%s (%s) = %d', (raw, currency, value) => {
    expect(parseNumber(raw, currency)).toBeCloseTo(value, 6);
  });
});
