import { defineFlag } from '../flag';

export const reshipping = defineFlag({
  id: 'reshipping',
  kind: 'red',
  severity: 'high',
  title: 'Receiving and forwarding packages',
  explanation:
    'Taking in parcels at home and sending them on with labels you are given moves goods bought with stolen cards. The "pay" never comes, and the parcels lead back to you.',
  match: {
    patterns: [
      /\b(?:re-?ship\w{0,4}|re-?mail\w{0,3} packages?)\b/,
      /\bprepaid (?:shipping |return )?labels?\b/,
      /\b(?:receive|inspect|repack\w{0,3}|forward|photograph) (?:\w{1,15} ){0,3}(?:packages|parcels|shipments|merchandise)\b[^.\n]{0,80}\b(?:your (?:home|address|residence)|forward|send (?:them|it) (?:to|on))/,
      /\b(?:package|parcel) (?:handl\w{2,4}|inspector|forwarding|processing)\b/,
      /\bincoming (?:packages|parcels)\b|\bpackages? (?:is|are) about to arrive\b/,
      /\bnearest (?:fedex|ups|usps|dhl)\b/,
      // A home job handling goods with "no warehouse", sworn to carry "nothing illegal".
      /\bno warehouse (?:is )?(?:needed|required)\b|\bnothing illegal (?:is |being )?(?:shipped|sent|inside)\b/,
    ],
  },
  examples: {
    positive: [
      'Receive packages at your home address and forward them with the labels we send.',
      'You will print prepaid shipping labels for each parcel.',
      'Check your e-mail for incoming packages several times a day.',
      'Work from home, no warehouse needed: we pay per parcel.',
    ],
    negative: ['Label images of packages on a conveyor belt.', 'We ship your laptop to your home address.'],
  },
});
