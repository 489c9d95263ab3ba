import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { onLanguageChange, resolveStartLanguage } from '../../i18n/language.js';

/** Re-renders its element whenever the page's widget language changes; the first one resolves it. */
export class LanguageController implements ReactiveController {
  private stop?: () => void;

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  hostConnected(): void {
    resolveStartLanguage(this.host);
    this.stop = onLanguageChange(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.stop?.();
    this.stop = undefined;
  }
}
