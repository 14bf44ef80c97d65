import { layoutToHash, type PanelLayout } from './panel-layout';
import { RestoreBudget } from './restore-budget';

const EXPANDED_WIDTH = 392;
const TAB_WIDTH = 44;
const TAB_HEIGHT = 280;
/** Times per minute the panel is put back after the page took it away or hid it. */
export const RESTORES_PER_MINUTE = 10;

function hostCss({ collapsed, side }: PanelLayout): string {
  // Every rule is !important inside :host, which beats any page rule on the host element, even
  // `* { all: unset !important }`. Sizes are in px so the page's rem and zoom tricks do not reach in.
  const edge =
    side === 'left'
      ? 'left: 8px !important; right: auto !important;'
      : 'right: 8px !important; left: auto !important;';
  const box = collapsed
    ? `top: min(30vh, calc(100vh - ${TAB_HEIGHT + 8}px)) !important; height: min(${TAB_HEIGHT}px, calc(100vh - 16px)) !important; width: ${TAB_WIDTH}px !important;`
    : `top: 8px !important; height: calc(100vh - 16px) !important; width: min(${EXPANDED_WIDTH}px, calc(100vw - 16px)) !important;`;
  return `:host { all: initial !important; display: block !important; position: fixed !important;
  z-index: 2147483647 !important; margin: 0 !important; padding: 0 !important; border: 0 !important;
  visibility: visible !important; opacity: 1 !important; transform: none !important; filter: none !important;
  ${edge} ${box} }
iframe { all: initial; display: block; width: 100%; height: 100%; border: 0; border-radius: 10px;
  box-shadow: 0 4px 24px rgba(0, 0, 0, 0.28); background: transparent; color-scheme: light dark; }`;
}

/**
 * The panel's place in the page: a closed shadow root holding an extension-page iframe. The page
 * can neither style nor read what the panel shows, and the panel's React runs in its own frame.
 * While mounted, the host is kept a direct child of <html> with no attributes: a page that removes
 * it, moves it into a hidden container or hides it with its own attributes gets it back as it was,
 * within a budget.
 */
export class PanelHost {
  private readonly element = document.createElement('tasklens-panel');
  private readonly style = document.createElement('style');
  private readonly frame = document.createElement('iframe');
  private readonly budget = new RestoreBudget(RESTORES_PER_MINUTE, 60_000);
  private readonly treeWatch = new MutationObserver(() => this.restore());
  private readonly attributeWatch = new MutationObserver(() => this.restore());
  private watchedRoot: Element | null = null;
  private retry: ReturnType<typeof setTimeout> | undefined;
  private wanted = false;

  constructor(session: string, layout: PanelLayout) {
    const shadow = this.element.attachShadow({ mode: 'closed' });
    // runtime.getURL gives the address only this browser session knows (panel.html is served at a
    // dynamic URL), so a page cannot guess it. The layout rides along so the first render already
    // matches the host's size.
    this.frame.src = `${browser.runtime.getURL('/panel.html')}#${layoutToHash(session, layout)}`;
    this.frame.title = 'TaskLens listing panel';
    this.frame.setAttribute('allow', '');
    this.setLayout(layout);
    shadow.append(this.style, this.frame);
  }

  mount() {
    // Mounted already: a new listing is no way around the budget.
    if (this.wanted) return this.restore();
    this.wanted = true;
    this.attributeWatch.observe(this.element, { attributes: true });
    this.place();
  }

  setLayout(layout: PanelLayout) {
    this.style.textContent = hostCss(layout);
  }

  remove() {
    this.wanted = false;
    this.treeWatch.disconnect();
    this.attributeWatch.disconnect();
    this.watchedRoot = null;
    clearTimeout(this.retry);
    this.retry = undefined;
    this.element.remove();
  }

  private misplaced(): boolean {
    return this.element.parentNode !== document.documentElement || this.element.attributes.length > 0;
  }

  /** Puts the host where it belongs, and watches that place (the page may swap <html> itself). */
  private place() {
    const root = document.documentElement;
    for (const name of this.element.getAttributeNames()) this.element.removeAttribute(name);
    if (this.element.parentNode !== root) root.append(this.element);
    if (this.watchedRoot !== root) {
      this.treeWatch.disconnect();
      this.treeWatch.observe(document, { childList: true });
      this.treeWatch.observe(root, { childList: true });
      this.watchedRoot = root;
    }
  }

  private restore() {
    if (!this.wanted || this.retry || !this.misplaced()) return;
    if (this.budget.take()) {
      this.place();
      return;
    }
    // Out of budget: one more try once the oldest restore leaves the window, not before.
    this.retry = setTimeout(() => {
      this.retry = undefined;
      this.restore();
    }, this.budget.waitMs() + 1);
  }
}
