import { defineFlag } from '../flag';

const APPS = '(?:telegram|teiegram|whatsapp|whats app|wechat|viber|signal|kakao ?talk)';

export const messagingApp = defineFlag({
  id: 'messaging_app_contact',
  kind: 'red',
  severity: 'medium',
  title: 'Contact moved to a messaging app',
  explanation:
    'Being told to continue on Telegram or WhatsApp takes the talk off any platform that keeps records or bans fake recruiters. Real hiring stays on the platform or company email.',
  match: {
    negation: 'demand',
    patterns: [
      /\b(?:t\.me|wa\.me|telegram\.me|chat\.whatsapp\.com|api\.whatsapp\.com)\/\w/,
      new RegExp(
        `\\b(?:add|message|text|contact|reply|write|dm|chat|reach|ping|join)\\w{0,3}(?: (?:me|us|our|my|the) (?:[\\w-]{1,20} ){0,3}| )(?:(?:on|via|in|at|through|to|by|using|with) )?${APPS}\\b`,
      ),
      new RegExp(
        `\\b(?:agreg\\w{1,4}|adicion\\w{1,4}|contat\\w{1,4}|contact\\w{1,4}|escrib\\w{1,4}|tambahkan|hubungi|kontak)\\b[^.\\n]{0,60}\\b${APPS}\\b`,
      ),
      new RegExp(`\\b${APPS}\\b[^.\\n]{0,30}(?:@[a-z0-9_]{3}|\\+?\\d[\\d -]{7,16})`),
    ],
  },
  examples: {
    positive: [
      'Add our hiring manager on Telegram: @jobs_mia_hr',
      'Reply on WhatsApp +44 7700 900123',
      'Please contact discuss detail: wa.me/15550100',
      'Agrega a nuestra recepcionista en Telegram.',
      'Add me on Тelegram to start.',
    ],
    negative: [
      'We will never move to Telegram or WhatsApp.',
      'Scammers may contact you through messaging apps such as WhatsApp.',
    ],
  },
});
