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
  const { group = element.getAttribute('group'), src = element.getAttribute('src') } = element as { group?: string | null; src?: string | null };
  if (group) return group;
  try {
    return src ? new URL(src, document.baseURI).href : undefined;
  } catch {
    return undefined;
  }
}

/** Highlights `partnerIds` in every element on channel `key` (an empty list clears). */
export function highlight(key: string, partnerIds: readonly string[], origin: Element): void {
  current.set(key, partnerIds);
  for (const listener of listeners.get(key) ?? []) listener(partnerIds, origin);
}

/** The partners highlighted on channel `key` now. */
export function highlighted(key: string): readonly string[] {
  return current.get(key) ?? [];
}

/** Calls `listener` on every highlight on channel `key`; returns the unsubscribe function. */
export function onHighlight(key: string, listener: HighlightListener): () => void {
  let set = listeners.get(key);
  if (!set) listeners.set(key, (set = new Set()));
  set.add(listener);
  return () => set.delete(listener);
}

/**
 * Keeps `ids` at the partners highlighted on its element's channel and re-renders the element when
 * they change. Follows changes of `group` and `src`. Without a key, `set()` highlights in the element alone.
 */
export class SelectionController implements ReactiveController {
  ids: readonly string[] = [];
  private key?: string;
  private stop?: () => void;

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  /** Highlights `partnerIds` in this element and the elements linked with it. */
  set(partnerIds: readonly string[]): void {
    if (this.key) highlight(this.key, partnerIds, this.host);
    else this.update(partnerIds);
  }

  hostConnected(): void {
    this.follow();
  }

  hostUpdate(): void {
    if (this.host.isConnected) this.follow();
  }

  hostDisconnected(): void {
    this.stop?.();
    this.stop = this.key = undefined;
  }

  private follow(): void {
    const key = selectionKey(this.host);
    if (this.stop && key === this.key) return;
    this.stop?.();
    this.key = key;
    this.ids = key ? highlighted(key) : [];
    this.stop = key ? onHighlight(key, (ids) => this.update(ids)) : () => {};
  }

  private update(ids: readonly string[]): void {
    this.ids = ids;
    this.host.requestUpdate();
  }
}

/** Fired when the visitor chooses a partner (a pin on the map: click, Enter or Space). */
export class EvolaqPartnerSelectEvent extends Event {
  static readonly type = 'evolaq-partner-select';
  constructor(readonly partnerId: string) {
    super(EvolaqPartnerSelectEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'evolaq-partner-select': EvolaqPartnerSelectEvent;
  }
}
