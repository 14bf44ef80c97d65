import { describe, expect, it } from 'vitest';
import { analyzeListing } from '../../lib/analysis/analyze';
import { KNOWN_PLATFORMS, officialPlatformOf } from '../../lib/analysis/known-platforms';
import { ADAPTERS } from '../../lib/sites/registry';
import type { AnalysisInput } from '../../lib/analysis/types';

const impersonation = (input: AnalysisInput) =>
  analyzeListing(input).redFlags.find((f) => f.id === 'impersonation_domain');
const snippets = (input: AnalysisInput) => impersonation(input)?.evidence.map((e) => e.snippet) ?? [];

const OUTLIER_TEXT = 'Outlier is hiring AI trainers. Evaluate chatbot responses, $40/hr.';

describe('impersonation: the page’s own host', () => {
  it('flags a platform named on a domain it does not own, with the words as evidence', () => {
    const input = { url: 'https://outlier-ai-careers.com/apply', text: OUTLIER_TEXT };
    const a = analyzeListing(input);
    const flag = a.redFlags.find((f) => f.id === 'impersonation_domain');
    expect(flag?.severity).toBe('high');
    expect(flag?.evidence[0]).toEqual({ field: 'text', start: 0, end: 7, snippet: 'Outlier' });
    expect(a.risk.level).toBe('high');
  });

  it.each([
    'https://outlier.ai/careers/x',
    'https://app.outlier.ai/en/expert/opportunities/x',
    'https://www.linkedin.com/jobs/view/1',
    'https://www.indeed.com/viewjob?jk=1',
    'https://in.indeed.com/viewjob?jk=1',
    'https://www.upwork.com/jobs/~01',
    'https://www.glassdoor.com/job-listing/x',
    'https://job-boards.greenhouse.io/outlier/jobs/4490427005',
    'https://boards.greenhouse.io/outlierai/jobs/1',
  ])('does not flag Outlier on %s', (url) => {
    expect(impersonation({ url, text: OUTLIER_TEXT })).toBeUndefined();
  });

  it('does not flag without a url', () => {
    expect(impersonation({ text: OUTLIER_TEXT })).toBeUndefined();
  });

  it.each([
    'https://outliercareers.com/apply',
    'https://joinmercor.net/start',
    'https://scaleai-jobs.co/apply',
    'https://telus-ai-community.work/register',
  ])('flags the look-alike host %s even when the text names no one', (url) => {
    expect(impersonation({ url, text: 'Remote AI rater wanted. $30/hr, start today.' })).toBeDefined();
  });

  it('flags a host that wears a platform’s name', () => {
    const input = { url: 'https://mercor-careers.example/job/77', text: 'Mercor — Remote AI Tutor.' };
    expect(snippets(input)).toEqual(['Mercor']);
  });

  it.each([
    ['an aggregator', 'https://builtin.com/job/ai-trainer/4242', 'Outlier is hiring AI trainers at $40/hr.'],
    ['a news page', 'https://news.example.org/2026/ai-work', 'Mercor pays experts to grade answers.'],
    ['a board that reposts', 'https://www.foundit.in/job/ai-tutor-77', 'Mindrift: freelance AI tutor.'],
  ])('does not flag %s that names a platform', (_name, url, text) => {
    expect(impersonation({ url, text })).toBeUndefined();
  });

  it('knows Handshake by joinhandshake.com, not handshake.com', () => {
    expect(officialPlatformOf('app.joinhandshake.com')?.id).toBe('handshake');
    expect(officialPlatformOf('handshake.com')).toBeUndefined();
    expect(
      impersonation({ url: 'https://joinhandshake-ai.example/jobs/1', text: 'Handshake AI fellowship' }),
    ).toBeDefined();
  });
});

describe('impersonation: applicant-tracking boards', () => {
  it.each([
    ['https://job-boards.greenhouse.io/scaleai/jobs/4655744005', 'Scale AI is hiring'],
    ['https://boards.greenhouse.io/embed/job_app?for=scaleai&token=4655744005', 'Scale AI is hiring'],
    ['https://jobs.lever.co/appen/3c2b1a09-rater', 'Appen is hiring raters'],
    ['https://jobs.ashbyhq.com/mercor/77aa88bb-expert', 'Mercor is hiring experts'],
    ['https://apply.workable.com/toloka-ai/j/4C5D6E7F8A/', 'Toloka AI is hiring annotators'],
    ['https://job-boards.greenhouse.io/labelbox/jobs/1234567', 'Alignerr by Labelbox is hiring'],
  ])('accepts a board the platform declares: %s', (url, text) => {
    expect(impersonation({ url, text })).toBeUndefined();
  });

  it.each([
    ['https://apply.workable.com/telus-digital/j/4C5D6E7F8A/', 'TELUS Digital is looking for raters'],
    ['https://jobs.lever.co/invisible/5d4c3b2a-python', 'Invisible Technologies is looking for developers'],
    ['https://job-boards.greenhouse.io/handshake/jobs/7712345', 'Handshake AI is building a network'],
  ])('accepts a board named after the platform itself: %s', (url, text) => {
    expect(impersonation({ url, text })).toBeUndefined();
  });

  it('flags a board that is not the platform’s but names it up front', () => {
    const input = {
      url: 'https://job-boards.greenhouse.io/scale-ai-hiring/jobs/1234567',
      text: 'Scale AI is hiring remote trainers',
    };
    expect(impersonation(input)?.evidence).toEqual([
      { field: 'text', start: 0, end: 8, snippet: 'Scale AI' },
    ]);
  });

  it.each([
    'https://boards.greenhouse.io/x/jobs/1',
    'https://jobs.lever.co/x/1',
    'https://jobs.ashbyhq.com/x/1',
    'https://apply.workable.com/x/j/1',
  ])('flags Outlier named on the unrelated board %s', (url) => {
    expect(snippets({ url, text: OUTLIER_TEXT })).toEqual(['Outlier']);
  });

  it('takes a platform named in the title as a claim', () => {
    const input = {
      url: 'https://jobs.ashbyhq.com/remote-gigs/1',
      title: 'Mercor AI Tutor',
      text: 'Teach models to reason. $45/hr.',
    };
    expect(impersonation(input)?.evidence[0]).toMatchObject({ field: 'title', snippet: 'Mercor' });
  });

  it('does not flag a company’s board that names a platform only in passing, far down', () => {
    const text = `Acme Labs is hiring annotators for its vision models. ${'Label images and draw boxes. '.repeat(12)}Experience on Outlier or Appen is a plus.`;
    expect(impersonation({ url: 'https://jobs.lever.co/acmelabs/1', text })).toBeUndefined();
  });

  it('does not flag a sister brand named on a platform’s own board', () => {
    const text = 'Remotasks, a Scale AI company, is hiring taskers.';
    expect(impersonation({ url: 'https://job-boards.greenhouse.io/scaleai/jobs/1', text })).toBeUndefined();
  });
});

describe('impersonation: links and addresses in the text', () => {
  it('flags brand-bearing links and addresses inside a message, by their offsets', () => {
    const text =
      'Hello from DataAnnotation! Finish onboarding at https://dataannotation-tech.work/start or write to hr@dataannotationtech.net';
    const flag = impersonation({ url: 'https://mail.example.com/inbox/1', text });
    expect(flag?.evidence.map((e) => e.snippet)).toEqual(
      expect.arrayContaining(['dataannotation-tech.work', 'hr@dataannotationtech.net']),
    );
    for (const e of flag?.evidence ?? []) expect(text.slice(e.start, e.end)).toBe(e.snippet);
  });

  it('flags a look-alike domain or a free-mail address written in the text', () => {
    expect(snippets({ text: 'Apply now at www.dataannotation-work.com to start.' })).toEqual([
      'www.dataannotation-work.com',
    ]);
    const mailbox = analyzeListing({ text: 'Write to remotasks.hiring.team@gmail.com to get started.' });
    expect(mailbox.redFlags.map((f) => f.id)).toEqual(
      expect.arrayContaining(['impersonation_domain', 'personal_email_contact']),
    );
    expect(mailbox.redFlags.find((f) => f.id === 'personal_email_contact')?.evidence[0].snippet).toBe(
      'remotasks.hiring.team@gmail.com',
    );
  });

  it('flags a mailbox wearing a brand on someone else’s domain', () => {
    expect(snippets({ text: 'Send your ID to outlier.payroll@fastpay-hr.net today.' })).toEqual([
      'outlier.payroll@fastpay-hr.net',
    ]);
  });

  it.each([
    ['a look-alike of a job board', 'Apply here: https://jobsindeed.online/apply', 'jobsindeed.online'],
    ['a mailbox wearing a board’s name', 'Write to linkedin.careers@gmail.com', 'linkedin.careers@gmail.com'],
    ['a board’s name on another domain', 'Details at upwork-hiring.top/job', 'upwork-hiring.top'],
  ])('flags %s', (_name, text, snippet) => {
    expect(snippets({ text })).toEqual([snippet]);
  });

  it.each([
    'https://www.indeedjobs.com/acme/_hl/en_US',
    'https://br.indeed.com.br/ver-emprego?jk=1',
    'https://www.linkedin.cn/jobs/1',
    'https://lnkd.in/abc123',
    'mailto:alerts@indeedemail.com',
  ])('does not flag the board’s own other domains: %s', (link) => {
    expect(impersonation({ text: `Senior developer, remote. See ${link} for details.` })).toBeUndefined();
  });

  it('does not take a board named in a text, or a brand on a gardening site, as a claim', () => {
    expect(impersonation({ text: 'Indeed, we are hiring. Email jo@gmail.com to apply.' })).toBeUndefined();
    expect(impersonation({ text: 'Seeds from https://greenhouse-supplies.com ship free.' })).toBeUndefined();
    expect(impersonation({ url: 'https://jobsindeed.online/apply', text: 'Remote role.' })).toBeDefined();
  });

  it('does not flag official domains, ATS boards or job boards linked from a text', () => {
    const text =
      'Appen projects: apply at https://jobs.lever.co/appen/1 or https://crowdgen.com/projects/x. Toloka tasks live on mindrift.ai; questions to support@prolific.com.';
    expect(impersonation({ text })).toBeUndefined();
  });
});

describe('impersonation: ordinary words', () => {
  it.each([
    ['https://happenings.example/events', 'What will happen next? A prolific writer, an invisible ink.'],
    ['https://stats.example/blog', 'An outlier in the data skews the mean.'],
    [
      'https://example.com/job',
      'A prolific writer who knows the Turing test and manufacturing.com; see the appendix.io page.',
    ],
    [
      'https://example.com/essay',
      'Turing proposed his test in 1950. Prolific authors followed. TELUS Tower.',
    ],
    ['https://example.com/etiquette', 'A firm handshake matters; see handshake-tips.com for more.'],
  ])('does not flag %s', (url, text) => {
    expect(impersonation({ url, text })).toBeUndefined();
  });
});

describe('known platforms', () => {
  it('are the platform adapters, with their ids, names and domains', () => {
    const platforms = ADAPTERS.filter((a) => a.kind === 'platform');
    expect(KNOWN_PLATFORMS.map((p) => p.id)).toEqual(platforms.map((a) => a.id));
    for (const p of KNOWN_PLATFORMS) {
      expect(p.names.length).toBeGreaterThan(0);
      expect(p.aliases.length).toBeGreaterThan(0);
      for (const d of p.domains) expect(d).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
    }
    expect(officialPlatformOf('scale.com')?.id).toBe('scaleai');
    expect(officialPlatformOf('www.crowdgen.com')?.id).toBe('appen');
    expect(officialPlatformOf('mindrift.ai')?.id).toBe('toloka');
  });
});
