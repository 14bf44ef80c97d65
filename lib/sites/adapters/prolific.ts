import type { SiteAdapter } from '../types';
import { opt, pick, textWithout } from '../read';
import { identityOf } from '../identity';

/*
 * Prolific (app.prolific.com, formerly app.prolific.co) — what the real pages look like.
 *
 * - URL: /studies/<24-hex id>; links from Prolific's own e-mails add ?source=pa (a public study
 *   analysis repository names "app.prolific.com/studies/654fde536d706cb9de5b40be?source=pa").
 *   /studies is the list, /submissions the participant's history. Both domains appear in
 *   participant tools' match patterns.
 * - The app is a Vue single-page app (data-v-<hash> attributes on elements). The list is
 *   [data-testid="studies-list"] of li[data-testid="study-<id>"] cards, each with div.study-content
 *   holding [data-testid="title"] (an h2.title whose link goes to /studies/<id>),
 *   [data-testid="host"] ("By <researcher>", also [aria-labelledby*="host-name-"]), tags
 *   [data-testid="study-tag-reward"] ("£3.00"), [data-testid="study-tag-reward-per-hour"]
 *   ("£12.00/hr", a span.amount inside span.reward), [data-testid="study-tag-completion-time"],
 *   [data-testid="study-tag-places"], [data-testid="devices"], and a [data-testid="reserve"] button.
 *   Seen in theChantu/prolific-enhancer (dist userscript), several public study-alert extensions'
 *   content scripts, and a study-timer userscript (title, host, reward read on the study page).
 * - No JSON-LD and no embedded data: the study is only in the DOM. The study's own description
 *   element has no test id in any public code found; the adapter reads the study's content block
 *   (its card, or the details block around its title) without its buttons. That part of the
 *   fixtures is the adapter's assumption, not an observed page.
 * - Pay is a fixed reward shown with the hourly rate Prolific works out and the estimated time.
 */
const ID = '[0-9a-f]{24}';
const STUDY_PATH = new RegExp(`^/studies/(${ID})/?$`);

function studyIdOf(url: URL): string | undefined {
  return STUDY_PATH.exec(url.pathname)?.[1];
}

/** The study's block: its card in the list, else the details block around a title outside any card. */
function studyRoot(doc: Document, id: string): Element | null {
  const card = doc.querySelector(`li[data-testid="study-${id}"]`);
  if (card) return card;
  const title = [...doc.querySelectorAll('[data-testid="title"]')].find(
    (el) => !el.closest('li[data-testid^="study-"]'),
  );
  return title?.closest('.study-content, section, article, main') ?? null;
}

export const prolific: SiteAdapter = {
  ...identityOf('prolific'),
  matches: ['https://app.prolific.com/*', 'https://app.prolific.co/*'],
  listingUrl: [new RegExp(String.raw`^https:\/\/app\.prolific\.(?:com|co)\/studies\/${ID}\/?(?:[?#]|$)`)],
  // Studies open from the list without a page load; the study is found by the URL's id.
  spa: true,
  jobIdOf: studyIdOf,
  extract(doc, url) {
    const id = studyIdOf(url);
    if (!id) return null;
    const root = studyRoot(doc, id);
    if (!root) return null;
    const title = pick(root, ['[data-testid="title"]']);
    const content = root.querySelector('.study-content') ?? root;
    const description = textWithout(content, 'button, [data-testid="reserve"], .pe-btn-container');
    if (!title || !description) return null;
    // A study pays a fixed reward; Prolific shows it next to the hourly rate it works out.
    const reward = pick(root, ['[data-testid="study-tag-reward"]']);
    const hourly = pick(root, ['[data-testid="study-tag-reward-per-hour"]']);
    const minutes = pick(root, ['[data-testid="study-tag-completion-time"]']);
    const pay = [reward && `${reward} reward`, hourly, minutes && `about ${minutes}`]
      .filter(Boolean)
      .join(' · ');
    return {
      jobId: id,
      title,
      company: pick(root, ['[data-testid="host"]']).replace(/^(?:Published\s+)?by\s+/i, ''),
      payText: opt(pay),
      description,
      canonicalUrl: `https://app.prolific.com/studies/${id}`,
    };
  },
  testUrls: {
    listing: [
      'https://app.prolific.com/studies/654fde536d706cb9de5b40be',
      'https://app.prolific.com/studies/654fde536d706cb9de5b40be?source=pa',
      'https://app.prolific.co/studies/5f1e2d3c4b5a69788796a5b4/',
    ],
    notListing: [
      'https://app.prolific.com/studies',
      'https://app.prolific.com/studies/not-a-study-id',
      'https://app.prolific.com/submissions',
      'https://app.prolific.com/studies/654fde536d706cb9de5b40be/submissions',
      'https://www.prolific.com/',
    ],
  },
};
