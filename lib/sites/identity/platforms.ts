import type { SiteIdentity } from './types';

/** AI-training platforms, each with where its domains and boards were verified. */
export const PLATFORM_IDENTITIES = [
  // Official domains: outlier.ai (marketing site and app.outlier.ai, the worker app), per the company's
  // site footer and help centre (help.outlier.ai). Outlier also posts roles on Greenhouse boards
  // "outlier" and "outlierai" (job-boards.greenhouse.io/outlier/jobs/…), as seen in public job trackers.
  {
    id: 'outlier',
    name: 'Outlier',
    kind: 'platform',
    officialDomains: ['outlier.ai'],
    postsVia: [{ adapterId: 'greenhouse', boardSlugs: ['outlier', 'outlierai'] }],
    aliases: ['Outlier AI', 'Outlier.ai', 'Outlier'],
    hostTokens: ['outlier', 'outlierai'],
  },
  // Official domain: dataannotation.tech (www. for role pages such as /japanese-jp, app. for the
  // worker dashboard at app.dataannotation.tech/workers/projects), per the company's own site and
  // the worker tools that target it publicly.
  {
    id: 'dataannotation',
    name: 'DataAnnotation',
    kind: 'platform',
    officialDomains: ['dataannotation.tech'],
    aliases: ['DataAnnotation', 'DataAnnotation.tech', 'Data Annotation Tech'],
    hostTokens: ['dataannotation', 'dataannotations'],
  },
  // Official domain: remotasks.com (www.remotasks.com/en/… for the worker app and public pages), a
  // Scale AI brand, per the site itself and public worker tools targeting www.remotasks.com/en/tasks.
  {
    id: 'remotasks',
    name: 'Remotasks',
    kind: 'platform',
    officialDomains: ['remotasks.com'],
    aliases: ['Remotasks'],
    hostTokens: ['remotasks', 'remotask'],
  },
  // Official domain: scale.com (scale.ai redirects to it), per the company's site. Roles are posted on
  // Greenhouse board "scaleai" (job-boards.greenhouse.io/scaleai, boards-api.greenhouse.io/v1/boards/
  // scaleai/jobs), which scale.com/careers/<id> renders with Greenhouse's own markup.
  {
    id: 'scaleai',
    name: 'Scale AI',
    kind: 'platform',
    officialDomains: ['scale.com', 'scale.ai'],
    postsVia: [{ adapterId: 'greenhouse', boardSlugs: ['scaleai'] }],
    aliases: ['Scale AI', 'Scale.ai', 'Scale Labs'],
    hostTokens: ['scaleai'],
  },
  // Official domains: appen.com (incl. connect.appen.com, the legacy contributor portal) and
  // crowdgen.com, Appen's contributor brand since 2024, per Appen's site and CrowdGen's sign-up
  // pages. Contributor projects are posted on Lever boards "appen" and "appen-2"
  // (jobs.lever.co/appen/…), which CrowdGen's project pages link to.
  {
    id: 'appen',
    name: 'Appen (CrowdGen)',
    kind: 'platform',
    officialDomains: ['appen.com', 'crowdgen.com'],
    postsVia: [{ adapterId: 'lever', boardSlugs: ['appen', 'appen-2'] }],
    aliases: ['Appen', 'CrowdGen', 'Appen Connect'],
    hostTokens: ['appen', 'crowdgen', 'appenconnect'],
  },
  // Official domains: telusinternational.ai (the AI Community portal, /cmp/contributor/jobs/available/<id>),
  // telusdigital.com and telusinternational.com (the Avature careers sites jobs.telusdigital.com and
  // jobs.telusinternational.com), per TELUS Digital's own sites and the public job-post API
  // (api.telusinternational.ai/apapi/v1/list-job-posts) that those pages read. telus.com is the parent
  // company's own domain.
  {
    id: 'telus',
    name: 'TELUS Digital AI Community',
    kind: 'platform',
    officialDomains: ['telusinternational.ai', 'telusdigital.com', 'telusinternational.com', 'telus.com'],
    aliases: [
      'TELUS Digital',
      'TELUS International',
      'Telus International',
      'Telus Digital',
      'TELUS AI Community',
    ],
    hostTokens: ['telusinternational', 'telusdigital', 'telus', 'telusai'],
  },
  // Official domains: prolific.com (app.prolific.com/studies/<24-hex id> for participants) and the
  // older prolific.co, per Prolific's participant help centre (participant-help.prolific.com) and the
  // open-source study-alert tools that target app.prolific.com/studies.
  {
    id: 'prolific',
    name: 'Prolific',
    kind: 'platform',
    officialDomains: ['prolific.com', 'prolific.co'],
    aliases: [
      'Prolific Academic',
      'Prolific.com',
      'Prolific.co',
      'on Prolific',
      'via Prolific',
      'Prolific ID',
    ],
    hostTokens: ['prolific', 'prolificacademic'],
  },
  // Official domain: mercor.com (listings at work.mercor.com/jobs/list_<id>), as seen in
  // 2scraper/mercor-scraper (product_parser.py). Mercor also hires through its Ashby board "mercor"
  // (jobs.ashbyhq.com/mercor).
  {
    id: 'mercor',
    name: 'Mercor',
    kind: 'platform',
    officialDomains: ['mercor.com'],
    postsVia: [{ adapterId: 'ashby', boardSlugs: ['mercor'] }],
    aliases: ['Mercor'],
    hostTokens: ['mercor'],
  },
  // Official domain: alignerr.com (www.alignerr.com/jobs/<id>; apply at app.alignerr.com), Labelbox's
  // expert network, per the site and its public jobs API (www.alignerr.com/api/jobs). Labelbox's own
  // roles are on Greenhouse board "labelbox" (job-boards.greenhouse.io/labelbox); labelbox.com is the
  // parent company's domain.
  {
    id: 'alignerr',
    name: 'Alignerr',
    kind: 'platform',
    officialDomains: ['alignerr.com', 'labelbox.com'],
    postsVia: [{ adapterId: 'greenhouse', boardSlugs: ['labelbox'] }],
    aliases: ['Alignerr', 'Alignerr by Labelbox'],
    hostTokens: ['alignerr', 'alignerrs'],
  },
  // Official domains: toloka.ai (toloka.ai/tolokers for annotators, toloka.ai/careers) and mindrift.ai,
  // Toloka's expert-contributor brand, per Toloka's annotator docs (toloka.ai/tolokers/docs). Roles are
  // posted on Workable accounts "toloka-ai" and "toloka-annotators" (apply.workable.com/toloka-ai/),
  // which mindrift.ai links to.
  {
    id: 'toloka',
    name: 'Toloka (Mindrift)',
    kind: 'platform',
    officialDomains: ['toloka.ai', 'mindrift.ai'],
    postsVia: [{ adapterId: 'workable', boardSlugs: ['toloka-ai', 'toloka-annotators'] }],
    aliases: ['Toloka', 'Mindrift', 'Toloka AI'],
    hostTokens: ['toloka', 'mindrift', 'tolokers'],
  },
  // Official domain: oneforma.com (www.oneforma.com/jobs/<slug>/ listings, my.oneforma.com for the
  // worker account), Centific's crowd platform, per the site and its public WordPress job API that
  // links listings as www.oneforma.com/job/<id> and apply URLs as my.oneforma.com/jobs/<n>.
  // centific.com is the parent company's domain (the site footer reads "OneForma by Centific").
  {
    id: 'oneforma',
    name: 'OneForma',
    kind: 'platform',
    officialDomains: ['oneforma.com', 'centific.com'],
    aliases: ['OneForma'],
    hostTokens: ['oneforma'],
  },
  // Official domain: clickworker.com (workplace.clickworker.com for the worker's job list and job pages,
  // www.clickworker.com for public pages), per the company's site and its support centre
  // (support-workplace.clickworker.com); clickworker.de is the German company's home domain.
  {
    id: 'clickworker',
    name: 'Clickworker',
    kind: 'platform',
    officialDomains: ['clickworker.com', 'clickworker.de'],
    aliases: ['clickworker', 'Clickworker', 'UHRS via Clickworker'],
    hostTokens: ['clickworker', 'clickworkers'],
  },
  // Official domain: turing.com (job pages at www.turing.com/remote-developer-jobs/j/<slug>-<id>; the
  // /jobs/remote-…-jobs pages are category lists), per the site and public scrapers' JOB_URL_PREFIX.
  // Turing's own roles are on Greenhouse board "turing" (job-boards.greenhouse.io/turing).
  {
    id: 'turing',
    name: 'Turing',
    kind: 'platform',
    officialDomains: ['turing.com'],
    postsVia: [{ adapterId: 'greenhouse', boardSlugs: ['turing'] }],
    aliases: ['Turing.com', 'Turing AGI Advancement', 'at Turing', 'with Turing', 'Turing is hiring'],
    hostTokens: ['turing', 'turingcom'],
  },
  // Official domains: invisible.co (site and careers pages) and invisibletech.ai (the company's earlier
  // domain, still used for mail), per the company's site. Roles, including expert AI-trainer contracts,
  // are posted on Greenhouse board "invisibletech" (job-boards.greenhouse.io/invisibletech and its
  // .eu twin), which invisible.co/careers links with ?gh_jid=.
  {
    id: 'invisible',
    name: 'Invisible Technologies',
    kind: 'platform',
    officialDomains: ['invisible.co', 'invisibletech.ai'],
    postsVia: [{ adapterId: 'greenhouse', boardSlugs: ['invisibletech'] }],
    aliases: ['Invisible Technologies', 'Invisible Tech', 'Invisible AI'],
    hostTokens: ['invisibletech', 'invisibletechnologies', 'invisibleai'],
  },
  // Official domain: micro1.ai (jobs.micro1.ai/post/<uuid> listings, talent.micro1.ai for the expert
  // app, kb.micro1.ai help), per micro1's knowledge base and compliance pages (compliance.micro1.ai).
  {
    id: 'micro1',
    name: 'micro1',
    kind: 'platform',
    officialDomains: ['micro1.ai'],
    aliases: ['micro1', 'Micro1'],
    hostTokens: ['micro1', 'microone'],
  },
  // Official domains: joinhandshake.com (app.joinhandshake.com and school subdomains serve
  // /jobs/<id> and /job-search/<id>; support.joinhandshake.com documents the MOVE / Handshake AI
  // fellowship) and joinhandshake.ai. Handshake's own roles are on Ashby board "handshake"
  // (jobs.ashbyhq.com/handshake).
  {
    id: 'handshake',
    name: 'Handshake AI',
    kind: 'platform',
    officialDomains: ['joinhandshake.com', 'joinhandshake.ai'],
    postsVia: [{ adapterId: 'ashby', boardSlugs: ['handshake'] }],
    aliases: ['Handshake AI', 'Handshake MOVE', 'MOVE Fellowship', 'MOVE Program'],
    hostTokens: ['joinhandshake', 'handshakeai'],
  },
  // Official domain: opentrain.ai (www.opentrain.ai/jobs/<slug>--<id>/ listings, app.opentrain.ai for
  // accounts and profiles), per the site's own job and blog pages.
  {
    id: 'opentrain',
    name: 'OpenTrain AI',
    kind: 'platform',
    officialDomains: ['opentrain.ai'],
    aliases: ['OpenTrain', 'OpenTrain AI'],
    hostTokens: ['opentrain', 'opentrainai'],
  },
] as const satisfies readonly SiteIdentity[];
