import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { onLanguageChange, resolveStartLanguage } from '../../i18n/language.js';

/** Re-renders its element whenever the page's widget language changes; the first one resolves it. */
export class LanguageController implements ReactiveController {
  #stop?: () => void;

  readonly #host: ReactiveControllerHost & Element;

  constructor(host: ReactiveControllerHost & Element) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    resolveStartLanguage(this.#host);
    this.#stop = onLanguageChange(() => this.#host.requestUpdate());
    // Back in the page after time out of it (a kept-alive route, a detached tab panel): the
    // language may have changed meanwhile, and the element's structured data was taken out.
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#stop?.();
    this.#stop = undefined;
  }
}
