import { describe, expect, it } from 'vitest';
import { findSections, sectionAt, sectionFactor } from '../../lib/analysis/sections';
import { evidenceAt, scanText } from '../../lib/analysis/text-scan';

const LISTING = [
  'Remote contract, flexible hours.',
  'About Brightline Data',
  'We label data for AI labs and run annotation teams in twelve countries.',
  "What you'll do",
  '- Write short stories from a prompt',
  '- Rewrite weak answers so they follow the style guide',
  'Requirements:',
  '- Native English',
  'Benefits',
  '- Weekly payouts',
].join('\n');

const kindAt = (text: string, phrase: string) => {
  const doc = scanText('text', text);
  return sectionAt(findSections(doc), doc.lower.indexOf(phrase.toLowerCase()));
};

describe('listing sections', () => {
  it('tells the company blurb, the work, the requirements and the benefits apart', () => {
    expect(kindAt(LISTING, 'Remote contract')).toBe('other');
    expect(kindAt(LISTING, 'We label data')).toBe('company');
    expect(kindAt(LISTING, 'Rewrite weak answers')).toBe('work');
    expect(kindAt(LISTING, 'Native English')).toBe('requirements');
    expect(kindAt(LISTING, 'Weekly payouts')).toBe('benefits');
  });

  it('reads a heading with its text on the same line', () => {
    const text = 'About us: we label data for AI labs.\nResponsibilities: write prompts and ideal answers.';
    expect(kindAt(text, 'we label data')).toBe('company');
    expect(kindAt(text, 'write prompts')).toBe('work');
  });

  it('does not take "About the role" or a long sentence for a company heading', () => {
    const text =
      'About the role\nYou will label images.\nAbout our customers, who are mostly research labs building speech models: they need clean data.';
    expect(kindAt(text, 'You will label')).toBe('work');
    expect(kindAt(text, 'they need clean data')).toBe('work');
  });

  it('weights a match by the best section its evidence sits in, through cleaned text', () => {
    // The zero-width space makes the cleaned text shorter than the original.
    const text = 'About us\u200b\nWe label data for AI labs.\nThe role\nYou will label data too.';
    const doc = scanText('text', text);
    const sections = findSections(doc);
    const at = (phrase: string, from = 0) => {
      const start = doc.lower.indexOf(phrase, from);
      return evidenceAt(doc, start, start + phrase.length);
    };
    const blurb = at('label data');
    const work = at('label data', doc.lower.indexOf('the role'));
    expect(sectionFactor(doc, sections, [blurb])).toBe(0.4);
    expect(sectionFactor(doc, sections, [blurb, work])).toBe(1);
  });

  it('stays linear on a megabyte of heading-like lines and stops counting sections at a bound', () => {
    const lines = scanText('text', 'a line that is no heading at all\n'.repeat(30_000));
    let started = performance.now();
    findSections(lines);
    expect(performance.now() - started).toBeLessThan(150);
    const headings = scanText('text', 'About us\nWhat you will do\n'.repeat(30_000));
    started = performance.now();
    expect(findSections(headings).starts.length).toBe(64);
    expect(performance.now() - started).toBeLessThan(150);
  });
});
