import { layoutToHash, type PanelLayout } from './panel-layout';

const EXPANDED_WIDTH = 392;
const TAB_WIDTH = 44;
const TAB_HEIGHT = 280;

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
 */
export class PanelHost {
  private readonly element = document.createElement('tasklens-panel');
  private readonly style = document.createElement('style');
  private readonly frame = document.createElement('iframe');

  constructor(session: string, layout: PanelLayout) {
    const shadow = this.element.attachShadow({ mode: 'closed' });
    // The layout rides along so the first render already matches the host's size.
    this.frame.src = `${browser.runtime.getURL('/panel.html')}#${layoutToHash(session, layout)}`;
    this.frame.title = 'TaskLens listing panel';
    this.frame.setAttribute('allow', '');
    this.setLayout(layout);
    shadow.append(this.style, this.frame);
  }

  mount() {
    if (!this.element.isConnected) document.documentElement.append(this.element);
  }

  setLayout(layout: PanelLayout) {
    this.style.textContent = hostCss(layout);
  }

  remove() {
    this.element.remove();
  }
}
