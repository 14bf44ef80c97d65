import type { FlagRule } from '../rule';

/**
 * Red flags about how the "recruiter" reaches the worker and what they ask for. Free-mail contact
 * addresses are found with the other addresses in identity.ts.
 */
export const CONTACT_FLAG_RULES: readonly FlagRule[] = [
  {
    id: 'messaging_app_contact',
    key: 'flag.messaging-app',
    severity: 'medium',
    patterns: [
      /\b(?:telegram|whatsapp|wechat|viber)\b[^.\n]{0,40}(?:@\w|\+\d|\b(?:number|manager|hr|team|recruit\w{0,3}|chat|interview|customer service|support|contact|add)\b)/,
      /\bsignal (?:app|messenger|at \+|number)\b/,
      /\b(?:add|message|text|contact|reply|reach out|download|dm)\w{0,3} (?:\w{1,20} ){0,5}(?:on|via|through|to|at) (?:telegram|whatsapp|signal|wechat|viber)\b/,
      /\bt\.me\/\w|\bwa\.me\/\d|\bchat\.whatsapp\.com\b/,
      /\b(?:on|via|through) (?:telegram|whatsapp|signal)\b/,
    ],
    weight: 1,
    explanation:
      'Moving the conversation to Telegram, WhatsApp or Signal takes it off any record the platform keeps; real hiring stays on the platform or company email.',
    negatable: true,
    examples: {
      positive: ['Add our hiring manager on Telegram: @jobs_mia_hr', 'reply on WhatsApp +44 7700 900123'],
      negative: ['we will never move to Telegram or WhatsApp'],
    },
  },
  {
    id: 'chat_only_interview',
    key: 'flag.chat-interview',
    severity: 'medium',
    patterns: [
      /\binterviews? (?:\w{1,20} ){0,4}(?:via|by|through|over|on) (?:text|telegram|whatsapp|signal|chat|google hangouts|hangouts|teams chat|instant messag\w{1,5})\b/,
      /\b(?:chat|text|telegram|whatsapp|signal) (?:chat )?interviews?\b/,
      /\bno (?:phone|video)(?: or (?:phone|video))? call (?:is )?(?:required|needed)\b/,
      /\binterviews by chat\b|\binterviews are done via\b/,
    ],
    weight: 1,
    explanation:
      'Hiring after a text chat alone, with no call or platform assessment, is how fake recruiters avoid being identified.',
    negatable: true,
    examples: {
      positive: [
        'The interview will be held via text chat on Signal',
        'after a short chat interview',
        'no phone or video call is required',
      ],
      negative: ['we never interview by chat', 'a video interview with our team'],
    },
  },
  {
    id: 'sensitive_info_early',
    key: 'flag.sensitive-info',
    severity: 'high',
    patterns: [
      /\b(?:social security (?:number)?|ssn)\b/,
      /\b(?:bank (?:account )?(?:details|number|login|password|card)|routing (?:and account )?number|account number)\b/,
      /\b(?:send|email|text|upload|provide|share|attach)\w{0,3} (?:us |me )?(?:\w{1,20} ){0,3}(?:a (?:photo|copy|scan|picture) of )?(?:your )?(?:\w{1,20} ){0,2}(?:id|passport|driver['’]?s licen[cs]e|id card|national id)\b/,
      /\b(?:copy|scan|photo|picture) of (?:your )?(?:\w{1,20} ){0,1}(?:id|passport|driver['’]?s licen[cs]e|id card|bank card)\b/,
    ],
    weight: 1,
    explanation:
      'Asking for ID, SSN or bank details by message before a contract is identity theft bait; real platforms verify identity inside their own app.',
    negatable: true,
    examples: {
      positive: [
        "send a copy of your driver's license",
        'your Social Security Number',
        'Send a scan of your passport',
      ],
      negative: ['We never request documents by email', 'complete identity verification inside the app'],
    },
  },
  {
    id: 'urgency_pressure',
    key: 'flag.urgency',
    severity: 'low',
    patterns: [
      /\b(?:limited (?:spots|slots|places|positions)|(?:slots|spots|places) are limited|only \d{1,4} (?:spots|places|slots|positions)(?: left)?|act now|apply now before|hurry)\b/,
      /\bwithin (?:\d{1,2}|twenty-four|twelve) hours?\b[^.\n]{0,40}(?:withdrawn|suspen\w{1,5}|closed|lose|expire)|\bto avoid (?:suspension|closure)\b/,
      /\b(?:start|hired|paid) (?:today|immediately|the same day|instantly)\b|\burgently hiring\b|\bimmediate hiring\b/,
      /\bor (?:the offer|your account) will be (?:withdrawn|closed|suspended)\b|\bwill be closed otherwise\b/,
    ],
    weight: 1,
    explanation: 'Deadlines measured in hours push you to act before you check who is asking.',
    examples: {
      positive: [
        'only 12 places left today',
        'within 24 hours or the offer will be withdrawn',
        'start immediately',
      ],
      negative: ['project starting next month'],
    },
  },
  {
    id: 'unsolicited_contact',
    key: 'flag.unsolicited',
    severity: 'medium',
    patterns: [
      /\b(?:we|i) (?:found|came across|saw|noticed) your (?:resume|cv|profile|publications)\b/,
      /\byour (?:resume|cv|profile) (?:was|has been) (?:forwarded|recommended|selected|shortlisted|passed)\b/,
      /\byou (?:have been|were|are) (?:selected|shortlisted|chosen)\b|\byour profile was selected\b|\byou(?: have|['’]ve) been shortlisted\b/,
      /\b(?:dear (?:candidate|applicant|tasker|participant))\b/,
    ],
    weight: 1,
    explanation:
      "A job offer you did not apply for is how most recruitment scams begin; check it through the company's own site.",
    examples: {
      positive: ['We found your resume online', 'you have been selected', 'Dear Candidate'],
      negative: ['selected candidates will be contacted'],
    },
  },
  {
    id: 'task_scam_language',
    key: 'flag.task-scam',
    severity: 'medium',
    patterns: [
      /\b(?:app|data|product|merchant|order) (?:data )?(?:optimi[sz]ation|boosting|grabbing)\b/,
      /\b\d{1,3} tasks per set\b|\bcombination (?:tasks?|orders?)\b|\bnegative balance\b|\bwork account\b/,
      /\b(?:rate|review|like) (?:apps|products|hotels|videos) (?:from your phone|to boost)\b|\brate apps and products\b/,
      /\bcommission (?:of )?\d{1,2}(?:\.\d{1,2})?% per task\b|\b\dx commission\b/,
    ],
    weight: 1,
    explanation:
      'Sets of "optimization" or app-rating tasks with commissions are the script of task scams that later demand deposits.',
    examples: {
      positive: ['app data optimization', 'complete 40 tasks per set', 'rate apps and products'],
      negative: ['data annotation tasks'],
    },
  },
  {
    id: 'vague_duties',
    key: 'flag.vague',
    severity: 'low',
    patterns: [
      /\b(?:simple|easy) (?:online )?(?:tasks|work|jobs)\b(?! such as)|\banyone can do\b|\bno skills\b|\bfrom your phone\b/,
      /\b(?:100% legit|not a scam|thousands of members paid)\b/,
    ],
    weight: 1,
    explanation:
      'Work described as simple and open to anyone, with no detail of what you will do, is a common lure.',
    examples: {
      positive: ['Simple online tasks anyone can do', '100% legit, not a scam!'],
      negative: ['simple tasks such as tagging images'],
    },
  },
];
