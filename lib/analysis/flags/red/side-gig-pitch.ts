import { defineFlag } from '../flag';

export const sideGigPitch = defineFlag({
  id: 'side_gig_pitch',
  kind: 'red',
  severity: 'medium',
  title: 'Phone side-job pitch',
  explanation:
    'Minutes of work a day on your phone, "it won’t affect your other job", a bonus for newcomers: this is the opening script of task and like-for-pay scams in many languages.',
  match: {
    patterns: [
      /\bpart[- ]time (?:job|work|position|opportunit\w{1,3}) (?:\w{1,15} ){0,4}(?:that|which) (?:will not|won['’]t|does not|doesn['’]t|wouldn['’]t|would not) (?:affect|interfere|deter)/,
      /\b(?:will not|won['’]t|does not|doesn['’]t|not) (?:affect|interfere with|deter you from) (?:your )?(?:daily|other|current|full[- ]time|main|regular) (?:job|work|programs?|schedule|activities)\b/,
      /\b(?:trabajos?|trabalhos?|empleos?) (?:a |de )?(?:medio tiempo|tiempo parcial|meio periodo)\b|\b(?:kerja|pekerjaan|karyawan) paruh waktu\b|\bpart[- ]time (?:job|work) (?:online )?(?:on|from) your (?:smart)?phone\b/,
      /\b(?:only|just) need (?:a |your )?(?:smart)?phone\b|\byou can work (?:part[- ]time )?(?:on|from) your (?:smart)?phone\b|\bsolo necesita(?:s)? (?:un )?(?:telefono|celular)\b|\byang anda butuhkan hanyalah ponsel\b/,
      /\b(?:meio periodo|medio tiempo|paruh waktu|part[- ]time)[^.\n]{0,40}\b\d{1,2} ?(?:-|to|a|hingga|ate) ?\d{1,2} (?:minut\w{1,3}|menit)\b/,
      /\b(?:newcomers?|new members?|recem-chegados|pendatang baru|recien llegados)\b[^.\n]{0,40}\b(?:receive|get|earn|ganham|mendapatkan|reciben|bonus)\b/,
    ],
  },
  examples: {
    positive: [
      'It is a part-time job which you can do from home and it will not affect your full time job.',
      'Você pode trabalhar meio período no seu telefone. Um trabalho de meio período leva de 10 a 20 minutos!',
      'Newcomers get $20 immediately.',
      '¿Te interesan trabajos a tiempo parcial desde casa?',
    ],
    negative: ['Part-time, 10-20 hours a week, remote.', 'Each task takes 10-20 minutes.'],
  },
});
