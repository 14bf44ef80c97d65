import { SKIPPED_TAGS } from './text-tags';

const MAX_STEPS = 20;
const MAX_STEP_CHARS = 200;
const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT, spelled out: tests run where NodeFilter is no global

// "0 of 4 steps completed", "Step 2 of 5", "1/3 steps done": a platform's progress line.
const PROGRESS =
  /^(?:\d{1,2}\s*(?:of|\/)\s*(\d{1,2})\s+steps?\b.{0,40}|step\s+\d{1,2}\s+of\s+(\d{1,2})\b.{0,40})$/i;
// Headings that introduce a list of steps rather than job duties.
const STEPS_HEADING =
  /^(?:(?:your\s+)?(?:application|onboarding|hiring|interview)\s+(?:steps|process)|steps\s+to\s+(?:apply|get\s+(?:in|started)|join))\b/i;
// Lines beside a step's name that say where the user stands, not what the step is.
const STATUS =
  /^(?:completed?|done|finished|passed|start(?:ed)?|begin|continue|resume later|in progress|not started|pending|locked|required|optional|up next|next|\d{1,3}\s*(?:min|mins|minutes?|hrs?|hours?)|~\s?\d.*|✓|✔)$/i;

/** The text an element holds itself (not its children's), folded to one line. */
function ownText(el: Element): string {
  let text = '';
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3) text += n.nodeValue ?? '';
  return text.replace(/\s+/g, ' ').trim();
}

/** Every line of text under `root` in page order, buttons included (steps are often clickable). */
function linesIn(root: Element): { el: Element; text: string }[] {
  const out: { el: Element; text: string }[] = [];
  const walk = (el: Element) => {
    const own = ownText(el);
    if (own) out.push({ el, text: own });
    for (const child of el.children) {
      const tag = child.tagName.toLowerCase();
      if (tag !== 'button' && SKIPPED_TAGS.has(tag)) continue;
      walk(child);
    }
  };
  walk(root);
  return out;
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, MAX_STEP_CHARS);
}

/** The first line of each item that names the step, skipping status words. */
function namesOfItems(items: Element[]): string[] {
  return items
    .map((item) => linesIn(item).find((line) => !STATUS.test(line.text))?.text ?? '')
    .map(clean)
    .filter(Boolean);
}

/** Steps listed after a progress line, found in the smallest ancestor that holds `total` of them. */
function stepsAfterProgress(progress: Element, total: number): string[] {
  let box: Element | null = progress.parentElement;
  for (let depth = 0; box && depth < 6; depth++, box = box.parentElement) {
    const items = [...box.querySelectorAll('li, [role="listitem"]')].filter((li) => !li.contains(progress));
    if (items.length >= total) return namesOfItems(items.slice(0, total));
    const lines = linesIn(box);
    const at = lines.findIndex((line) => line.el === progress || line.el.contains(progress));
    const after = lines
      .slice(at + 1)
      .filter((line) => !progress.contains(line.el))
      .map((line) => line.text)
      .filter((text) => !STATUS.test(text) && !PROGRESS.test(text));
    if (after.length >= total) return after.slice(0, total).map(clean);
  }
  return [];
}

/** The element whose text is a progress line ("0 of 4 steps completed"), and the count it names. */
function findProgress(root: Element): { el: Element; total: number } | null {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!/step/i.test(node.nodeValue ?? '')) continue;
    const el = node.parentElement;
    // React often splits "0", " of 4 steps completed" into several text nodes of one element.
    const text = (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!el || text.length > 80) continue;
    const m = PROGRESS.exec(text);
    const total = Number(m?.[1] ?? m?.[2]);
    if (total >= 1 && total <= MAX_STEPS) return { el, total };
  }
  return null;
}

/**
 * A platform's application or onboarding steps, in the page's words: the list that follows a
 * progress line ("0 of 4 steps completed") or a heading such as "Application process". Empty when
 * the page shows none. Only the step names are kept, not their status, so the panel can say what
 * the user will be asked to do.
 */
export function readSteps(doc: Document): string[] {
  const root = doc.body;
  if (!root) return [];
  const progress = findProgress(root);
  if (progress) {
    const steps = stepsAfterProgress(progress.el, progress.total);
    if (steps.length) return steps.slice(0, MAX_STEPS);
  }
  for (const heading of root.querySelectorAll('h2, h3, h4')) {
    if (!STEPS_HEADING.test(ownText(heading) || (heading.textContent ?? '').trim())) continue;
    const list = heading.nextElementSibling;
    if (list && /^(?:ol|ul)$/i.test(list.tagName)) {
      const steps = namesOfItems([...list.children].filter((li) => li.tagName.toLowerCase() === 'li'));
      if (steps.length) return steps.slice(0, MAX_STEPS);
    }
  }
  return [];
}
