import { defineFlag } from '../flag';

export const impersonation = defineFlag({
  id: 'impersonation_domain',
  kind: 'red',
  severity: 'high',
  title: 'Posing as a known platform or job board',
  explanation:
    'A web address or contact email dressed in a platform’s or job board’s name but not owned by it, or a job board account posing as the platform. Look the company up yourself and apply from its own site.',
  match: { detector: 'impersonation' },
  examples: {
    positive: [
      { url: 'https://outlier-ai-jobs.net/apply', text: 'Join Outlier as an AI trainer.' },
      { text: 'Outlier recruiting: email outlier.hiring@gmail.com to start.' },
      { text: 'Senior developer, remote. Apply at https://jobsindeed.online today.' },
    ],
    negative: [
      { url: 'https://builtin.com/job/ai-trainer/123', text: 'Outlier is hiring AI trainers.' },
      { url: 'https://outlier.ai/experts', text: 'Outlier pays $40 an hour.' },
      { text: 'Indeed, we read every application. Also posted on https://uk.indeed.com.' },
    ],
  },
});
