import { defineFlag } from '../flag';

export const freeMail = defineFlag({
  id: 'personal_email_contact',
  kind: 'red',
  severity: 'low',
  title: 'Free personal email address',
  explanation: 'The contact uses a free mailbox (Gmail, Outlook, Yahoo…) rather than a company domain.',
  match: { detector: 'free_mail_contact' },
  examples: {
    positive: ['Send your CV to jobs.hiring2026@gmail.com'],
    negative: ['Questions? Write to careers@example-labs.com'],
  },
});
