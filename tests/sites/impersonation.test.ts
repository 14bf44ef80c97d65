import { describe, expect, it } from 'vitest';
import { checkImpersonation } from '../../lib/sites/impersonation';

describe('checkImpersonation', () => {
  it('passes a platform on its own domain', () => {
    expect(
      checkImpersonation('https://app.outlier.ai/en/expert/opportunities/x', 'Outlier AI trainer'),
    ).toEqual([]);
  });

  it('flags a look-alike domain carrying the brand', () => {
    const [e] = checkImpersonation('https://outlier-ai-careers.com/apply', 'Join Outlier as an AI trainer');
    expect(e).toMatchObject({
      platformId: 'outlier',
      host: 'outlier-ai-careers.com',
      reason: 'lookalike_host',
    });
    expect(e.officialDomains).toContain('outlier.ai');
    expect(e.namedAs).toContain('Outlier');
  });

  it('flags brand-bearing links and addresses inside a message', () => {
    const text =
      'Hello from DataAnnotation! Finish onboarding at https://dataannotation-tech.work/start or write to hr@dataannotationtech.net';
    const hosts = checkImpersonation('https://mail.example.com/inbox/1', text).map((e) => e.host);
    expect(hosts).toEqual(expect.arrayContaining(['dataannotation-tech.work', 'dataannotationtech.net']));
  });

  it('accepts the ATS boards a platform posts through and flags others naming it', () => {
    expect(
      checkImpersonation('https://job-boards.greenhouse.io/scaleai/jobs/4655744005', 'Scale AI is hiring'),
    ).toEqual([]);
    const [e] = checkImpersonation(
      'https://job-boards.greenhouse.io/scale-ai-hiring/jobs/1234567',
      'Scale AI is hiring remote trainers',
    );
    expect(e).toMatchObject({ platformId: 'scaleai', reason: 'unlisted_board' });
    expect(e.officialBoards).toContain('greenhouse:scaleai');
  });

  it('does not flag job boards that carry platforms’ listings', () => {
    expect(checkImpersonation('https://www.linkedin.com/jobs/view/4012345678/', 'Mercor is hiring')).toEqual(
      [],
    );
  });

  it('flags an unrelated site presenting itself as a platform', () => {
    const [e] = checkImpersonation(
      'https://fast-remote-gigs.example/job/77',
      'Mercor — Remote AI Tutor. Pay a $50 starter fee.',
    );
    expect(e).toMatchObject({ platformId: 'mercor', reason: 'unofficial_page' });
  });

  it('ignores ordinary words that share a brand name', () => {
    expect(
      checkImpersonation(
        'https://happenings.example/events',
        'What will happen next? A prolific writer, an invisible ink.',
      ),
    ).toEqual([]);
    expect(
      checkImpersonation('https://stats.example/blog', 'An outlier in the data skews the mean.'),
    ).toEqual([]);
  });
});
