import type { Rule } from '../rule';
import type { TaskTypeId } from '../types';

// Strong rules (weight ≥ 0.6) decide a type alone; weak ones need company. A type is reported at 0.5.
export const TASK_TYPE_RULES: readonly Rule<TaskTypeId>[] = [
  {
    id: 'annotation_labeling',
    key: 'annotation.named',
    patterns: [
      /\b(?:data|image|text|video|audio|lidar|3d) (?:annotat\w{0,5}|label\w{0,5}|tagging)/,
      /\bannotat(?:e|or|ors|ing)\b/,
      /\blabell?(?:er|ers|ing)\b/,
      /\bmark (?:the )?[^.\n]{0,40}\b(?:fields|regions|mismatches|background noise|speaker turns|entities)\b/,
      /\btranscript (?:checks?|verification)\b|\bmatch(?:es)? the (?:text|transcript|sentence)\b|\bsays exactly the\b/,
      /\bannotation (?:roles?|jobs?|positions?|projects?|work|tasks?|programs?|specialists?)\b/,
      /\b(?:label|tag|annotate|classify|categori[sz]e)(?= (?:the |each |every |all |[a-z]{2,20} )?[a-z]{2,20}s\b)(?<=(?:^|[\n•·*:;]|[\n•·*:;] |- )[a-z]{3,10})/,
      /\bbounding box\w{0,2}|\bcuboids?\b|\bpolygons?\b|\bkeypoints?\b|\bsegmentation\b|\bpoint[- ]clouds?\b/,
    ],
    weight: 0.8,
    explanation:
      'The listing names labeling or annotation work: applying tags, boxes or categories by a rulebook.',
    examples: {
      positive: [
        'Data Annotator (Arabic)',
        'draw bounding boxes around pedestrians',
        'image labelling project',
      ],
      negative: ['label the bottle of wine', 'evaluate chatbot answers'],
    },
  },
  {
    id: 'annotation_labeling',
    key: 'annotation.judging-items',
    patterns: [
      /\b(?:search|ads?|maps?) (?:engine |quality |relevance )?(?:evaluat\w{0,4}|rat(?:er|ers|ing)|assess\w{0,4}|judge\w?)\b/,
      /\b(?:internet|ads?) assessors?\b/,
      /\b(?:rat|judg|review|evaluat|assess)\w{0,4} (?:the )?(?:quality of )?(?:search|web)[- ](?:engine )?(?:results|pages|content)\b/,
      /\b(?:evaluat\w{1,4}|rat\w{1,3}|judg\w{1,3}) (?:the (?:quality|relevance) of )?(?:social media |online )?(?:posts|ads|advertisements|recommendations|websites|queries)\b|\bflag (?:offensive|inappropriate|harmful) content\b/,
      /\brelevan(?:ce|t) (?:of )?(?:search )?(?:results|judg\w{1,5}|assessment|scale|tasks)\b/,
      /\b(?:tag|classify|categori[sz]e|label) (?:the |each |short )?(?:[\w-]{1,20} )?(?:text|texts|images?|photos?|videos?|items?|messages?|reviews?|products?|intents?|sentiment)\b/,
      /\b(?:named entit\w{1,3}|intent and|sentiment of|choose its sentiment)\b/,
      /\btranscri(?:be|bing|ption|ptions|pts?)\b/,
      /\b(?:outlin\w{1,3}|annotate) (?:organs|lesions|objects|ct|mri)\b/,
    ],
    weight: 0.7,
    explanation: 'The work is judging or tagging one item at a time against guidelines.',
    examples: {
      positive: [
        'Search Engine Evaluator',
        'rate search engine results for relevance',
        'transcribe recordings',
      ],
      negative: ['search for a job', 'rate the chatbot response'],
    },
  },
  {
    id: 'annotation_labeling',
    key: 'annotation.content-moderation',
    patterns: [
      /\bcontent moderat\w{2,5}\b/,
      /\badult content\b/,
      /\baudit annotation\b/,
      /\bannotation batches\b/,
    ],
    weight: 0.6,
    explanation: 'Moderating or auditing content is rule-based labeling.',
    examples: {
      positive: ['content moderation queue', 'audit annotation batches'],
      negative: ['content writer'],
    },
  },
  {
    id: 'annotation_labeling',
    key: 'annotation.word',
    patterns: [/\bannotations?\b/],
    weight: 0.45,
    explanation: 'The word annotation suggests labeling work but also appears in unrelated roles.',
    examples: { positive: ['Video Action Annotation'], negative: ['annotated bibliography'] },
  },
  {
    id: 'response_evaluation',
    key: 'evaluation.model-output',
    patterns: [
      /\b(?:evaluat\w{1,4}|rat(?:e|es|ing)|grad(?:e|es|ing)|judg(?:e|es|ing)|assess\w{0,4}|review\w{0,3}|check\w{0,3}|critiqu\w{1,3}|scor\w{1,3}|audit\w{0,3}) (?:the )?(?:quality of )?(?:how well )?(?:the )?(?:ai|model|chatbot|llm|assistant|machine)(?:['’]s)?[- ]?(?:generated |written )?(?:[\w-]{1,20} )?(?:answers?|responses?|outputs?|replies|texts?|content|translations?)/,
      /\b(?:evaluat\w{1,4}|rat(?:e|es|ing)|grad(?:e|es|ing)|assess\w{0,4}|judg(?:e|es|ing)|critiqu\w{1,3}|review\w{0,3}) (?:(?!your |interview )[\w-]{1,20} ){0,3}(?:answers|responses|outputs|translations?)\b/,
      /\b(?:how well (?:the )?(?:ai|model|chatbot|it) (?:did|answers|reasons)|judge how well)\b/,
      /\bfact[- ]?check\w{0,3}\b/,
      /\b(?:rate each one|rate fluency|rate translations?|rate (?:their|its) quality)\b/,
      /\bfor accuracy(?:,| and) (?:helpfulness|tone|fluency|grammar|naturalness|relevance)\b/,
    ],
    weight: 0.7,
    explanation: 'The worker grades what a model produced against stated criteria.',
    examples: {
      positive: [
        'evaluate AI-generated responses',
        'rate chatbot answers for accuracy',
        'grade model outputs',
      ],
      negative: ['rate search results', 'write responses'],
    },
  },
  {
    id: 'response_evaluation',
    key: 'evaluation.generic-trainer',
    patterns: [
      /\b(?:ai|chatbot) (?:trainer|tutor)s?\b/,
      /\b(?:rubric|instruction[- ]following|helpfulness)\b/,
      /\b(?:ai|model|chatbot|llm) (?:evaluat\w{1,4}|rater|raters|rating|output review)\b/,
    ],
    weight: 0.35,
    explanation:
      'Trainer and rubric language usually means grading model output, but alone it is not enough.',
    examples: { positive: ['AI Trainer', 'grade against a rubric'], negative: ['personal trainer'] },
  },
  {
    id: 'preference_ranking',
    key: 'ranking.compare',
    patterns: [
      /\bcompar\w{1,4} (?:two|2|pairs? of|several|multiple) (?:[\w-]{1,20} ){0,3}(?:answers?|responses?|outputs?|completions?|solutions?|summar(?:y|ies)|translations?|versions?|drafts?|clips?|images?)/,
      /\bcompar\w{1,4} (?:the )?(?:answers|responses|outputs|image-generation outputs)\b/,
      /\brank\w{0,3} (?:the )?(?:\w{1,20} ){0,2}(?:answers?|responses?|outputs?|solutions?|completions?)\b/,
      /\b(?:pick|choose|select) (?:the )?(?:better|stronger|best|more helpful|preferred) (?:one|answer|response|output)?|\b(?:choose|pick|select) the (?:answer|response|summary|version|one|output) you prefer\b/,
      /\b(?:which|the) (?:one|answer|response|output) is better\b|\bside[- ]by[- ]side\b|\bpairwise\b/,
      /\bpreference (?:ranking|data|judg\w{1,5}|feedback|comparisons?)\b|\bexplain your preference\b/,
      /\b(?:strongest|best) to (?:weakest|worst)\b|\bwhich chatbot answer is better\b/,
    ],
    weight: 0.8,
    explanation: 'The worker sees two or more answers to one prompt and picks or orders them.',
    examples: {
      positive: [
        'compare two responses to the same prompt',
        'rank several model solutions',
        'choose the better answer',
      ],
      negative: ['compare prices', 'rank in search results'],
    },
  },
  {
    id: 'preference_ranking',
    key: 'ranking.rlhf',
    patterns: [/\brlhf\b/],
    weight: 0.35,
    explanation: 'RLHF work often includes comparisons, but the term is used loosely.',
    examples: { positive: ['RLHF Writer'], negative: ['reinforcement'] },
  },
  {
    id: 'writing_rewriting',
    key: 'writing.create',
    patterns: [
      /\bwrit(?:e|es|ing) (?:and (?:edit|evaluate|improve) )?(?:original |natural |high[- ]quality |creative |detailed |rigorous )?(?!adversarial |harmful |unsafe |jailbreak)(?:[\w-]{1,20} ){0,2}(?:responses?|answers?|prompts?|questions?|problems?|captions?|solutions?|explanations?|reference solutions?|stories|essays|dialogues?|conversations?|product descriptions?)\b/,
      /\b(?:re)?writ\w{1,4} (?:weak|awkward|the|it|ai[- ]generated|ai[- ]written|chatbot) (?:\w{1,20} )?(?:answers?|responses?|texts?|replies|into)\b/,
      /\brewrit\w{1,4}\b/,
      /\bideal (?:answers?|responses?)\b|\bprompt[- –]{1,3}(?:and )?(?:ideal )?(?:response|answer|completion) pairs?\b|\bprompt and ideal response\b/,
      /\b(?:edit|correct|proofread) (?:and correct )?(?:\w{1,20} ){0,2}(?:responses?|answers?|replies|texts?|translations?)\b/,
      /\b(?:proofread\w{0,3}|copywrit\w{1,4}|creative writing)\b/,
      /\bwrit\w{1,4} (?:corrections|corrected)\b|\bwrite corrected\b/,
      /\b(?:design|craft|creat|author|writ)\w{0,4} (?:difficult |challenging |hard )?(?!adversarial |harmful |unsafe |jailbreak)(?:[\w-]{1,20} ){0,2}(?:questions|prompts|problems)\b/,
      /\bwrite explanations\b|\btranslate prompts\b/,
    ],
    weight: 0.7,
    explanation: 'The worker produces text: prompts, ideal answers or improved versions of weak ones.',
    examples: {
      positive: ['write original responses to prompts', 'rewrite weak answers', 'prompt-response pairs'],
      negative: ['excellent writing skills', 'rate answers'],
    },
  },
  {
    id: 'domain_expert_review',
    key: 'expert.credentials',
    patterns: [
      /\b(?:phd|ph\.d|doctorate|master['’]?s or phd|graduate students?|graduate-level)\b/,
      /\b(?:md\/do|licensed (?:physicians?|attorneys?|lawyers?|nurses?|rns?|pharmacists?|therapists?|accountants?)|board certification|board[- ]certified|bar admission|jd and|licensed rns?|registered nurses?)\b/,
      /\b(?:physicians?|doctors?|attorneys?|lawyers?|radiologists?|clinicians?|pharmacists?|investment banking|financial modeling|linguists?|economics|chemistry|biology|biochemistry|physicists?|medical (?:terminology|imaging))\b/,
      /\b(?:subject[- ]matter|domain) experts?\b|\bexpert(?:ise)? in (?:\w{1,20} ){0,2}(?:law|medicine|finance|science)\b/,
      /\b(?:clinical|medical|legal|scientific) (?:reasoning|errors?|questions?|practice|content|statements?)\b/,
    ],
    weight: 0.7,
    explanation:
      'The work needs proof of specialist expertise such as a degree, licence or professional record.',
    examples: {
      positive: ['PhD in Physics', 'licensed physician (MD/DO)', 'active bar admission', 'Chemistry PhD'],
      negative: ['bachelor degree', 'patient and detail-oriented'],
    },
  },
  {
    id: 'domain_expert_review',
    key: 'expert.field-words',
    patterns: [
      /\b(?:stem expert|translation experience|professional translation|medical|health chatbot|legal|finance)\b/,
    ],
    weight: 0.3,
    explanation: 'Field words hint at specialist review but need support from the rest of the listing.',
    examples: { positive: ['STEM Expert', 'health chatbot'], negative: ['healthy snacks'] },
  },
  {
    id: 'code_math_evaluation',
    key: 'code.review',
    patterns: [
      /\b(?:review|evaluat\w{1,4}|grad(?:e|es|ed|ing)|debug|test|verify|check|assess)\w{0,3} (?:and debug )?(?:the )?(?:ai[- ]generated |model[- ](?:generated|written) |ai |the model['’]s )?(?:code|proofs?|solutions to olympiad|programs?|pull requests)\b/,
      /\b(?:code|coding) (?:written by|produced by|review|quality|evaluation|assistants?|model|problems?|challenges?|experts?|tasks?)\b/,
      /\b(?:unit tests?|test cases|agent trajector\w{1,3}|terminal output|competitive programming|stack traces?|codebases?)\b/,
      /\b(?:python|javascript|typescript|c\+\+|golang|rust|sql)\b[^.\n]{0,40}\b(?:experience|proficien\w{1,4}|strong|developers?)\b/,
      /\b(?:software (?:engineers?|engineering|developers?)|programmers?|programming problem)\b/,
    ],
    weight: 0.75,
    explanation: 'The worker checks or fixes code, tests or program behaviour.',
    examples: {
      positive: [
        'review AI-generated code',
        'write unit tests',
        'evaluate agent trajectories',
        'Coding Expert',
      ],
      negative: ['dress code', 'zip code required'],
    },
  },
  {
    id: 'code_math_evaluation',
    key: 'math.proofs',
    patterns: [
      /\bproofs?\b(?! of (?:address|identity|id|residence|income|employment|enrol\w{0,5}|work))|\b(?:olympiad|mathematici\w{1,3}|math(?:ematics)? (?:problems|expert|specialist|phd)|verify math|calculus|algebra|combinatorics)\b/,
      /\b(?:solve|verify) (?:and verify )?math(?:ematics|ematical)? problems\b/,
    ],
    weight: 0.75,
    explanation: 'The worker verifies mathematical reasoning, where plausible but wrong steps are the trap.',
    examples: {
      positive: ['verify AI-generated proofs', 'Mathematics Expert'],
      negative: ['proof of address'],
    },
  },
  {
    id: 'safety_redteam',
    key: 'safety.redteam',
    patterns: [
      /\bred[- ]?team\w{0,3}\b|\bjailbreak\w{0,3}\b|\badversarial (?:prompts?|testing|attacks?|probes?)\b/,
      /\b(?:harmful|unsafe|policy[- ]violating) (?:\w{1,20} )?(?:outputs?|content|behaviou?r|responses?|prompts?)\b/,
      /\b(?:ai|model) safety\b|\bsafety (?:failures?|evaluator|guidelines|testing)\b|\bsafe or unsafe\b/,
      /\b(?:stress[- ]test\w{0,3}|probe\w?) (?:\w{1,20} )?(?:models?|ai|systems?)\b/,
    ],
    weight: 0.8,
    explanation: 'The worker tries to make a model misbehave and documents the failures.',
    examples: {
      positive: ['craft adversarial prompts', 'AI Red Teamer', 'document harmful outputs'],
      negative: ['team player', 'food safety certificate'],
    },
  },
  {
    id: 'safety_redteam',
    key: 'safety.exposure',
    patterns: [
      /\b(?:content warning|sensitive or disturbing|disturbing content|self[- ]harm|exposure to sensitive)\b/,
    ],
    weight: 0.35,
    explanation: 'Warnings about disturbing material often accompany safety work.',
    examples: { positive: ['content warning: self-harm'], negative: ['sensitive skin'] },
  },
  {
    id: 'multimodal_review',
    key: 'media.named',
    patterns: [
      /\bmulti-?modal\b/,
      /\b(?:audio|speech|voice|video) (?:clips?|data|files?|recordings?|samples?|quality|evaluat\w{1,4}|projects?|tasks?|segments?|annotation|transcription|dataset)\b/,
      /\b(?:listen\w{0,3}|transcrib\w{1,3}|record\w{0,3}) (?:to |back to |yourself |and annotate |short |each )?(?:\w{1,20} ){0,2}(?:audio|recordings?|speech|voice|clips?|phrases|sentences aloud|one)\b/,
      /\b(?:pronunciation|speech[- ]recognition|dictations?|phone[- ]call recordings|aloud|audio hour|audio minute)\b/,
      /\b(?:generated|generate|generation of) (?:\w{1,20} )?images?\b|\bimage[- ]generation\b|\bcaptions? for (?:photos|images|videos)\b/,
      /\b(?:video clips?|short videos?|(?:label|annotat|review|rat|tag|watch)\w{0,3} (?:[\w-]{1,20} ){0,3}videos|video frames|across frames|object tracking|action annotation|street imagery|maps? (?:search|quality|results)|points? of interest)\b/,
    ],
    weight: 0.75,
    explanation: 'Judgments are about audio, speech, video, maps or mixed media rather than plain text.',
    examples: {
      positive: [
        'rate AI voices for pronunciation',
        'listen to audio clips',
        'judge whether generated images match',
      ],
      negative: ['video call interview', 'label text messages'],
    },
  },
];
