import { defineFlag } from '../flag';

export const sensitiveInfo = defineFlag({
  id: 'sensitive_info_early',
  kind: 'red',
  severity: 'high',
  title: 'Asks for ID or bank details by message',
  explanation:
    'A Social Security number, bank login or passport scan sent by message before any contract is what identity thieves ask for. Real platforms check identity inside their own sites, through a named verification service.',
  match: {
    negation: 'demand',
    patterns: [
      /\b(?:social security (?:number|card)|ssn)\b/,
      /\b(?:send|email|text|give|provide|share|forward|tell|submit)\w{0,3} (?:us |me )?(?:\w{1,15} ){0,8}(?:bank (?:account )?(?:details|number|login|password|card)|routing (?:and account )?number|account number|online banking (?:details|password)|card (?:number|details)|pin code)\b/,
      /\b(?:send|email|text|mail|forward|attach|whatsapp|telegram)\w{0,3} (?:us |me )?(?:\w{1,20} ){0,3}(?:a (?:photo|copy|scan|picture) of )?(?:your )?(?:\w{1,20} ){0,2}\d?(?:passport|driver['’]?s licen[cs]e|id card|national id|photo id|id)\b/,
      /\b(?:international )?passport (?:photograph|page|data page|copy|scan)s?\b/,
    ],
  },
  examples: {
    positive: [
      "Send a copy of your driver's license to this email.",
      'Reply with your Social Security Number to finish hiring.',
      'Send us your passport photograph and your international passport page.',
      'Send a photo of your ID and your bank details to finish hiring.',
    ],
    negative: [
      'We never request documents or bank details by email.',
      'Complete identity verification inside the app through Persona.',
    ],
  },
});
