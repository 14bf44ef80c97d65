import { defineFlag } from '../flag';

export const unsolicitedContact = defineFlag({
  id: 'unsolicited_contact',
  kind: 'red',
  severity: 'medium',
  title: 'Offer you did not apply for',
  explanation:
    'A message saying you were picked for a job you never applied to is how most recruitment scams begin. Check it through the company’s own website before replying.',
  match: {
    patterns: [
      /\b(?:we|i) (?:found|came across|saw|noticed|viewed|reviewed|got|have reviewed) your (?:resume|cv|profile|contact|number|details|github|linkedin|publications|portfolio)\b/,
      /\byour (?:resume|cv|profile|candidacy|curriculum vitae) (?:was|has been|have been) (?:forwarded|recommended|selected|shortlisted|passed|chosen|approved)\b/,
      /(?<!\bif )\byou(?: have been| were|['’]ve been| are being| have just been) (?:selected|shortlisted|chosen|pre-selected)\b/,
      /\byou have passed (?:our|the) (?:interview|screening|assessment)\b/,
      /\bdear (?:candidate|applicant|tasker|participant|student|job seeker|friend)\b/,
      /\b(?:had|got|obtained|received) your (?:number|contact|cv|resume|email|details) (?:from|through|via)\b/,
      /\b(?:su|seu|tu) (?:curriculum|cv) (?:ha sido|foi|fue) (?:aprobado|aprovado|seleccionado|selecionado|revisado)\b|\b(?:voce|usted) (?:foi|ha sido|fue) (?:selecionad[oa]|seleccionad[oa])\b/,
      /\bthis is a (?:letter|message) from\b|\bsincerely inviting you\b/,
      // A stranger's opener: "my name is … and I am a recruiter for …", in the languages it is sent in.
      /\bmy name is [^.,\n]{1,40},? (?:and )?i(?: am|['’]m) (?:a |an )?(?:recruiter|hr|hiring|talent|headhunter)\b/,
      /\b(?:soy|sou) (?:una? )?(?:reclutador|reclutadora|recrutador|recrutadora|headhunter) (?:de|del|da|do|para|en|na|no)\b/,
      /\b(?:i am|i['’]m|this is|my name is) [a-z]{2,20},? (?:from|with|at) (?:a |an |the )?(?:\w{1,20} ){0,2}(?:recruit\w{0,5}|staffing|headhunting|employment) (?:agency|company|firm)\b/,
      /\b(?:soy|sou|saya) (?:a |o )?[a-z]{2,20},? (?:de|da|do|dari) (?:la |el |uma |a )?(?:agencia|agensi|empresa|perusahaan) (?:de )?(?:reclutamiento|recrutamento|rekrutmen|recursos humanos|empleo|emprego)\b/,
    ],
  },
  examples: {
    positive: [
      'We found your resume online and would like to offer you a role.',
      'Congratulations, you have been shortlisted.',
      'Dear you have passed our interview, wage is $80 a day.',
      'Su currículum ha sido aprobado.',
      "Good news! You've been selected to move on to the next step.",
      'Hello, my name is Dana and I am a recruiter for a large online store.',
      'Hola, soy reclutadora de una tienda en línea.',
      "Hi, I'm Lena from a staffing agency with a remote role for you.",
      'Halo, saya Dewi dari agensi rekrutmen.',
    ],
    negative: [
      'Selected candidates will be contacted by email.',
      'If you have been selected, we will email you.',
      'My name is on the list of approved vendors.',
      'Recruiters at our firm review every application by hand.',
      'I am Head of Talent at the company and lead hiring.',
      'This is Anna from the HR team at Acme, following up on your application.',
    ],
  },
});
