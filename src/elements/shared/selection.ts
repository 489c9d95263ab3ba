import type { ReactiveController, ReactiveControllerHost } from 'lit';

/*
 * Linked views: a page-wide channel per data input, through which the elements showing that input
 * tell each other which partners to highlight (a hovered pin, a focused meeting's hosts).
 * Elements link when they share a key: the same `group` attribute, or else the same `src` URL.
 */

/** Called with the partners to highlight (none: clear) and the element that asked. */
export type HighlightListener = (partnerIds: readonly string[], origin: Element) => void;

const listeners = new Map<string, Set<HighlightListener>>();
const current = new Map<string, readonly string[]>();

/**
 * The channel `element` belongs to: its `group` (property or attribute) if set, else its `src`
 * as an absolute URL, else undefined (the element links with no other).
 */
export function selectionKey(element: Element): string | undefined {
  const { group = element.getAttribute('group'), src = element.getAttribute('src') } = element as {
    group?: string | null;
    src?: string | null;
  };
  if (group) return group;
  try {
    return src ? new URL(src, document.baseURI).href : undefined;
  } catch {
    return undefined;
  }
}

const ownKeys = new WeakMap<Element, string>();
let keyCount = 0;

/**
 * The channel of `element` and of the elements it is made of: its `selectionKey`, or else one of
 * its own, so that a list and the map inside it link even without a `group` or `src`.
 */
export function linkKey(element: Element): string {
  let key = selectionKey(element) ?? ownKeys.get(element);
  if (!key) ownKeys.set(element, (key = `evolaq-link-${++keyCount}`));
  return key;
}

/**
 * Whether a pointer event is a finger's. A finger that touches down is no hover: it would highlight
 * at the start of every scroll or tap, and clear on lifting; a tap's focus and click highlight.
 */
export const byTouch = (event: Event): boolean => (event as PointerEvent).pointerType == 'touch';

/** Highlights `partnerIds` in every element on channel `key` (an empty list clears). */
export function highlight(key: string, partnerIds: readonly string[], origin: Element): void {
  current.set(key, partnerIds);
  for (const listener of listeners.get(key) ?? []) listener(partnerIds, origin);
}

/** The partners highlighted on channel `key` now. */
export function highlighted(key: string): readonly string[] {
  return current.get(key) ?? [];
}

/** How many highlight channels have listeners (for the tests: none may outlive its elements). */
export const highlightChannels = (): number => listeners.size;

/** Calls `listener` on every highlight on channel `key`; returns the unsubscribe function. */
export function onHighlight(key: string, listener: HighlightListener): () => void {
  let set = listeners.get(key);
  if (!set) listeners.set(key, (set = new Set()));
  set.add(listener);
  return () => {
    set.delete(listener);
    // Each element without `group` or `src` has a channel of its own: none may outlive it.
    if (!set.size) listeners.delete(key);
  };
}

/**
 * Keeps `ids` at the partners highlighted on its element's channel and re-renders the element when
 * they change. Follows changes of `group` and `src`.
 */
export class SelectionController implements ReactiveController {
  ids: readonly string[] = [];
  #key?: string;
  #stop?: () => void;

  readonly #host: ReactiveControllerHost & Element;

  constructor(host: ReactiveControllerHost & Element) {
    this.#host = host;
    host.addController(this);
  }

  /** Highlights `partnerIds` in this element and the elements linked with it. */
  set(partnerIds: readonly string[]): void {
    const key = linkKey(this.#host);
    if (partnerIds.join() !== highlighted(key).join()) highlight(key, partnerIds, this.#host);
  }

  hostConnected(): void {
    this.#follow();
  }

  hostUpdate(): void {
    if (this.#host.isConnected) this.#follow();
  }

  hostDisconnected(): void {
    this.#stop?.();
    this.#stop = this.#key = undefined;
  }

  #follow(): void {
    const key = linkKey(this.#host);
    if (this.#stop && key === this.#key) return;
    this.#stop?.();
    this.#key = key;
    this.ids = highlighted(key);
    this.#stop = onHighlight(key, (ids) => this.#update(ids));
  }

  #update(ids: readonly string[]): void {
    this.ids = ids;
    this.#host.requestUpdate();
  }
}
