import type { PayBasisId, TaskTypeId } from './types';

/** What each kind of work looks like from the worker's chair. */
export interface TaskTypeInfo {
  title: string;
  /** What appears on screen. */
  sees: string;
  /** What the worker hands in. */
  submits: string;
  /** Who tends to do well at it. */
  fit: string;
  /** How hard it is to get in and do well, and the usual trap. */
  difficulty: string;
}

export const TASK_TYPE_INFO: Record<TaskTypeId, TaskTypeInfo> = {
  annotation_labeling: {
    title: 'Annotation and labeling',
    sees: 'Items such as images, documents, forms, audio, search results, map queries or video, plus a rulebook.',
    submits: 'Tags, boxes, field values, ratings, transcript corrections or yes/no calls.',
    fit: 'Patient people who apply the same rule the same way for hours.',
    difficulty: 'Easier to get into; edge cases and repetition are what wear people down.',
  },
  response_evaluation: {
    title: 'Response evaluation',
    sees: 'A single model answer and the criteria to judge it by: accuracy, relevance, safety, style, following instructions.',
    submits: 'A score or label, a short justification, sometimes a fix.',
    fit: 'Careful readers, editors, teachers and people who review work in their field.',
    difficulty: 'Medium; scoring by personal taste instead of the written criteria is the usual way to fail.',
  },
  preference_ranking: {
    title: 'Preference ranking',
    sees: 'Two or more answers a model gave to one prompt, shown side by side.',
    submits: 'Which answer is better (or an order) and the reason.',
    fit: 'People who can weigh correctness, coverage, tone and safety together.',
    difficulty: 'Medium; often both answers are half right and the call is close.',
  },
  writing_rewriting: {
    title: 'Writing and rewriting',
    sees: 'A topic, a prompt, a weak answer or a target style.',
    submits: 'Prompt and answer pairs, ideal answers, or a better version of a weak one.',
    fit: 'Writers and editors comfortable working inside strict instructions.',
    difficulty: 'Medium; adding facts you cannot support or wandering off the brief gets work rejected.',
  },
  domain_expert_review: {
    title: 'Expert review',
    sees: 'Specialist material: medicine, law, finance, science, clinical cases, languages and more.',
    submits: 'Corrections, critiques, rankings, sign-offs or a better answer.',
    fit: 'People with credentials or years of practice in the field.',
    difficulty: 'Higher; expect to prove your expertise (degree, licence, CV) before any task.',
  },
  code_math_evaluation: {
    title: 'Code and math evaluation',
    sees: 'Code, proofs, model solutions, terminal output, logs or an agent’s step-by-step run.',
    submits: 'A grade, a fix, a better solution, tests that prove a point, or a ranking.',
    fit: 'People who check reasoning line by line rather than just writing their own.',
    difficulty: 'Higher; the trap is passing work that sounds right but does not hold up.',
  },
  safety_redteam: {
    title: 'Safety and red teaming',
    sees: 'A model to provoke into failing, or unsafe outputs to review and sort.',
    submits: 'Findings with a category, a rationale and steps to reproduce.',
    fit: 'People who keep to strict safety guidelines, write precise reports and can handle hard material.',
    difficulty: 'Higher; you may be exposed to disturbing content, so know the opt-out and support options.',
  },
  multimodal_review: {
    title: 'Multimodal review',
    sees: 'Audio, speech, images, video, maps, documents or app screens, often mixed.',
    submits:
      'Ratings and tags for clips or screens, transcript fixes, calls that need local knowledge, pronunciation scores.',
    fit: 'Native speakers, people with local knowledge, and those with the right devices.',
    difficulty:
      'Varies; media work is not automatically easy and often needs specific hardware or language skills.',
  },
};

export interface PayBasisInfo {
  title: string;
  meaning: string;
  /** Questions to ask before trusting the number. */
  checks: string[];
}

export const PAY_BASIS_INFO: Record<PayBasisId, PayBasisInfo> = {
  hourly: {
    title: 'Hourly',
    meaning: 'You are paid for the time you work.',
    checks: ['Is time spent on training, tests and onboarding paid?', 'Is there a weekly cap on paid hours?'],
  },
  per_task: {
    title: 'Per task',
    meaning: 'Each finished task pays a set amount, however long it takes.',
    checks: ['How many minutes does one task really take?', 'Are tasks that get rejected still paid?'],
  },
  per_accepted_task: {
    title: 'Per accepted task',
    meaning: 'Only tasks that pass review are paid.',
    checks: ['Who decides what is accepted, and by which standard?', 'Can you fix or dispute a rejection?'],
  },
  per_asset_or_word: {
    title: 'Per unit of output',
    meaning: 'Pay is per word, item, clip, audio hour or batch (for example per 1,000 labels).',
    checks: [
      'What counts as an approved unit?',
      'Are revisions paid?',
      'How long does one unit take you (an audio hour can take several working hours)?',
    ],
  },
  per_milestone: {
    title: 'Per milestone',
    meaning: 'Payment is released when an agreed part of the project is delivered.',
    checks: [
      'How is each milestone defined?',
      'When is it confirmed, and what happens if the client disagrees?',
    ],
  },
  fixed_reward: {
    title: 'Fixed reward',
    meaning: 'A set amount is shown before you start the task or study.',
    checks: [
      'Do you get the reward when you finish, or only once it is approved?',
      'Is the time estimate realistic?',
    ],
  },
  bonus_incentive: {
    title: 'Bonus or incentive',
    meaning: 'Extra money for volume, quality, streaks or busy periods, added to the base rate.',
    checks: ['Would the base rate alone be worth it?', 'How often are the bonus conditions really met?'],
  },
  unpaid_steps: {
    title: 'Unpaid steps',
    meaning: 'The listing says some of the application, tests, training or onboarding is not paid.',
    checks: [
      'How many unpaid hours before the first paid task?',
      'Is any part of screening or training paid?',
    ],
  },
};

/** Worth asking about any rate, whatever its basis. */
export const GENERAL_RATE_QUESTIONS: readonly string[] = [
  'Are training and test hours paid?',
  'Who decides whether work is accepted?',
  'Is rejected work paid?',
  'Can you redo or dispute rejected work?',
  'Is there a cap on paid hours?',
  'Does the rate depend on your location, language, credentials or test score?',
  'Is there actually work available once you qualify?',
];

export { FLAG_INFO, GOOD_SIGNAL_IDS, RED_FLAG_IDS, type FlagInfo } from './flag-info';
