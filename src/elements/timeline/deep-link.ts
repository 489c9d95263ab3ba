/*
 * Deep links to meetings: `#evolaq-meeting-<id>` in the page's address. The browser cannot
 * scroll into our shadow roots by itself, so the timelines answer: the first one in document
 * order that shows the meeting, once its data is there.
 */

const PREFIX = '#evolaq-meeting-';

/** The meeting id in the address, if it names one. */
export function meetingIdInHash(): string | undefined {
  let hash = location.hash;
  try {
    hash = decodeURIComponent(hash);
  } catch {
    // A malformed escape (`#%E0%A4%A`) names no meeting of ours, but must not throw out of a render.
  }
  return hash.startsWith(PREFIX) ? hash.slice(PREFIX.length) : undefined;
}

/** Writes the meeting `element` opened into the address without a history entry or a jump. */
export function writeMeetingHash(id: string, element: Element): void {
  const url = new URL(location.href);
  url.hash = `${PREFIX.slice(1)}${id}`;
  history.replaceState(history.state, '', url);
  answered = location.hash;
  answeredBy = element;
}

interface Offer {
  readonly element: Element;
  /** `move`: scroll to the meeting and focus it, not only open it. */
  readonly answer: (move: boolean) => void;
}

let offers: Offer[] = [];
/** The address last answered, and the timeline that answered it (or whose meeting wrote it). */
let answered: string | undefined;
let answeredBy: Element | undefined;
/** Whether the address changed since the page loaded: a link followed, Back or Forward. */
let navigated = false;
/** Whether the visitor has typed, clicked, touched or turned the wheel since the page loaded. */
let acted = false;

// Following a link to a meeting is a new request (the timelines answer it at once, on hashchange).
// Back to a meeting's address is one only where the timeline that answered it is gone: an app's
// router makes a new one. (A lightbox's Back to the same address must not move the visitor.)
const renew = (event: Event) => {
  if (event.type === 'popstate' && answered === location.hash && answeredBy?.isConnected) return;
  answered = undefined;
  navigated = true;
};
window.addEventListener('hashchange', renew);
window.addEventListener('popstate', renew);
// A link to a meeting that a site's router (Turbo, pjax, one that intercepts the navigation)
// follows with pushState, which fires neither: the Navigation API tells, once the new address is
// there, where the browser has it (Chromium). Only a push to another hash: not replaceState (a
// live search writing its query into the address), nor a lightbox's push of the same address or
// of its own query beside the meeting's hash; a download or a cancelled navigation is no entry.
(window as { navigation?: EventTarget }).navigation?.addEventListener('currententrychange', (event) => {
  const { navigationType, from } = event as Event & { navigationType: string; from: { url: string | null } };
  if (navigationType === 'push' && new URL(from.url ?? location.href).hash !== location.hash) renew(event);
});
for (const type of ['keydown', 'pointerdown', 'wheel', 'touchstart'])
  window.addEventListener(type, () => (acted = true), { capture: true, once: true, passive: true });

/** The element's outermost host in the document, where document order can be compared. */
function outermost(element: Element): Element {
  let node: Element = element;
  for (let root = node.getRootNode(); root instanceof ShadowRoot; root = node.getRootNode()) node = root.host;
  return node;
}

function precedes(a: Element, b: Element): boolean {
  const [outerA, outerB] = [outermost(a), outermost(b)];
  if (outerA === outerB) return false;
  return Boolean(outerA.compareDocumentPosition(outerB) & Node.DOCUMENT_POSITION_FOLLOWING);
}

/**
 * A timeline that shows the meeting in the address offers to answer it; of the offers made
 * in one task, the first in document order answers, once per address.
 */
export function offerDeepLink(element: Element, answer: Offer['answer']): void {
  // (A timeline out of the page, which a last render after its removal may run, answers nothing.)
  if (answered === location.hash || !element.isConnected) return;
  offers.push({ element, answer });
  if (offers.length > 1) return;
  queueMicrotask(() => {
    // (Not reduce, which Prototype.js 1.6 replaces with one that returns the list.)
    let [first] = offers;
    for (const offer of offers) if (precedes(offer.element, first.element)) first = offer;
    offers = [];
    if (answered === location.hash) return;
    answered = location.hash;
    answeredBy = first.element;
    // The address the page was opened with moves the visitor only while they have done nothing
    // else: when the data arrives late, they may be typing in the site's search field or reading.
    // (What a script focused, a consent button or an autofocus field, does not hold it back.)
    first.answer(navigated || (!acted && !scrollX && !scrollY));
  });
}
