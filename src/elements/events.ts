import type { Problem } from '../data/types.js';

/**
 * The browser's Event (UIEvent's parent), since a page's MooTools (Joomla 1.5 to 3) puts its own
 * DOMEvent in the global `Event` before our script runs, and events made from that throw. (Named
 * Event, and not exported, so that the types and custom-elements.json say our events extend Event.)
 */
const Event = Object.getPrototypeOf(UIEvent) as typeof globalThis.Event;

/** Fired when an element's data has problems (warnings or errors), once per new input. */
export class EvolaqProblemsEvent extends Event {
  static readonly type = 'evolaq-problems';
  constructor(readonly problems: readonly Problem[]) {
    super(EvolaqProblemsEvent.type, { bubbles: true, composed: true });
  }
}

/** Fired when an input leaves nothing new to show: `src` failed to load, or the data is unusable. */
export class EvolaqErrorEvent extends Event {
  static readonly type = 'evolaq-error';
  constructor(readonly problems: readonly Problem[]) {
    super(EvolaqErrorEvent.type, { bubbles: true, composed: true });
  }
}

/** Fired when new data has been read and is shown (after the render that shows it). */
export class EvolaqLoadEvent extends Event {
  static readonly type = 'evolaq-load';
  constructor() {
    super(EvolaqLoadEvent.type, { bubbles: true, composed: true });
  }
}

/** Fired by the language picker when the visitor chooses a language. */
export class EvolaqLanguageChangeEvent extends Event {
  static readonly type = 'evolaq-language-change';
  constructor(readonly language: string) {
    super(EvolaqLanguageChangeEvent.type, { bubbles: true, composed: true });
  }
}

/**
 * Fired when the visitor chooses a partner (a pin on the map: click, Enter or Space). `byPointer`:
 * a click of a mouse, pen or finger, not a key or a screen reader's action.
 */
export class EvolaqPartnerSelectEvent extends Event {
  static readonly type = 'evolaq-partner-select';
  constructor(
    readonly partnerId: string,
    readonly byPointer = false,
  ) {
    super(EvolaqPartnerSelectEvent.type, { bubbles: true, composed: true });
  }
}

/** Our events by name: every one bubbles and is composed, so the document and the window hear them too. */
interface EvolaqEventMap {
  'evolaq-partner-select': EvolaqPartnerSelectEvent;
  'evolaq-problems': EvolaqProblemsEvent;
  'evolaq-error': EvolaqErrorEvent;
  'evolaq-load': EvolaqLoadEvent;
  'evolaq-language-change': EvolaqLanguageChangeEvent;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merged into the DOM's own maps
  interface HTMLElementEventMap extends EvolaqEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DocumentEventMap extends EvolaqEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface WindowEventMap extends EvolaqEventMap {}
}
