/*
 * For CMS editors that strip <script> and unknown elements (WordPress without unfiltered_html,
 * CKEditor 5 in TYPO3 and Drupal): the site's template includes our script once, and editors
 * write a plain element that survives them,
 *
 *   <div data-evolaq="project" data-src="/files/evolaq.json"><a href="…">EVOLAQ</a></div>
 *
 * which becomes the widget: `<evolaq-project src="…">` inside the div, with the div's content
 * (the link) as its fallback until it renders, and for visitors without JavaScript.
 */

const KINDS = ['project', 'summary', 'partners', 'timeline', 'map', 'language-picker'] as const;

/** The element attributes a holder's `data-*` attributes carry over (`data-page-size` → `page-size`). */
const CARRIED =
  'src now lang view group timeout theme heading-level page-size compact no-picker no-map no-hash structured-data'.split(' ');

/** The widget a holder asks for: its `data-evolaq` as written by hand ("Project ", "timeline"). */
function kindOf(holder: HTMLElement): (typeof KINDS)[number] {
  return holder.dataset.evolaq?.trim().toLowerCase() as (typeof KINDS)[number];
}

/**
 * Makes `holder` the widget its `data-evolaq` names, now: a new one, or another than before (the
 * old one's content, the link, moves into it); without `data-evolaq`, its content again.
 */
function upgrade(holder: HTMLElement): void {
  const kind = kindOf(holder);
  const current = holder.querySelector(KINDS.map((k) => `:scope > evolaq-${k}`).join());
  if (current?.localName === `evolaq-${kind}`) return;
  if (!KINDS.includes(kind)) {
    if (holder.dataset.evolaq !== undefined)
      console.warn(`[evolaq] data-evolaq="${holder.dataset.evolaq}" names no widget; use one of: ${KINDS.join(', ')}.`);
    else current?.replaceWith(...current.childNodes);
    return;
  }
  const element = document.createElement(`evolaq-${kind}`);
  for (const attribute of CARRIED) {
    const value = holder.getAttribute(`data-${attribute}`);
    if (value !== null) element.setAttribute(attribute, value);
  }
  element.append(...(current ?? holder).childNodes);
  if (current) current.replaceWith(element);
  else holder.append(element);
}

function upgradeAll(root: ParentNode): void {
  for (const holder of root.querySelectorAll<HTMLElement>('[data-evolaq]')) upgrade(holder);
}

let observer: MutationObserver | undefined;

/** Turns every `[data-evolaq]` element on the page into its widget, now and when added later. */
export function upgradeDataAttributes(): void {
  if (observer) return;
  upgradeAll(document);
  observer = new MutationObserver((records) => {
    for (const record of records) {
      // A page builder (or any script) that changes a holder's data-* in place: the widget follows.
      const holder = record.target as HTMLElement;
      const name = record.attributeName;
      const kind = holder.dataset && kindOf(holder);
      if (name === 'data-evolaq') upgrade(holder);
      else if (name && KINDS.includes(kind)) {
        const element = holder.querySelector(`:scope > evolaq-${kind}`);
        const value = holder.getAttribute(name);
        if (value === null) element?.removeAttribute(name.slice(5));
        else element?.setAttribute(name.slice(5), value);
      }
      for (const node of record.addedNodes) {
        if (!(node instanceof HTMLElement)) continue;
        if (node.dataset.evolaq !== undefined) upgrade(node);
        upgradeAll(node);
      }
    }
  });
  observer.observe(document.documentElement, {
    childList: true,
    subtree: true,
    attributeFilter: ['evolaq', ...CARRIED].map((attribute) => `data-${attribute}`),
  });
}
