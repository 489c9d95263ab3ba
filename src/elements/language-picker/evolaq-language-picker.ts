import { msg, str } from '@lit/localize';
import { LitElement, css, html, type PropertyDeclarations } from 'lit';
import { baseLanguage } from '../../data/text.js';
import { endonym } from '../../i18n/intl.js';
import { activeLanguage, setLanguage } from '../../i18n/language.js';
import { UI_LOCALES } from '../../i18n/localization.js';
import { EVOLAQ_ELEMENT } from '../define.js';
import { EvolaqLanguageChangeEvent } from '../events.js';
import { LanguageController } from '../shared/language-controller.js';
import { baseStyles } from '../styles.js';

/**
 * @customElement evolaq-language-picker
 * @summary A choice of the widget's languages, each named in its own language; switches every
 * EVOLAQ widget on the page at once.
 *
 * @fires evolaq-language-change - The visitor chose a language; `event.language` is its tag.
 *
 * @csspart base - The element's box.
 * @csspart label - The "Language" label.
 * @csspart select - The drop-down.
 */
export class EvolaqLanguagePickerElement extends LitElement {
  static [EVOLAQ_ELEMENT] = true as const;
  static override styles = [
    baseStyles,
    css`
      .base {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.4em;
        contain-intrinsic-inline-size: auto;
        container-type: normal;
        padding: 0;
      }
      /*
       * A small control, often in a site's header: its background only with a chosen theme, and
       * without one the header's own text colour (the theme's would be dark on a dark header).
       */
      :host(:not([theme])),
      :host(:not([theme])) .base {
        background: none;
        color: inherit;
      }
      label,
      .failed {
        font-size: 0.9em;
      }
      :host([theme]) label {
        color: var(--_muted);
      }
      select {
        font: inherit;
        color: var(--_text);
        background: var(--_surface);
        border: 1px solid var(--_muted);
        border-radius: var(--_radius);
        padding: 0.2em 0.4em;
        min-height: 2.25em;
      }
    `,
  ];
  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
    said: { state: true },
  };

  /** Colours: `light` (default), `dark`, or `auto` to follow the visitor's system setting. */
  theme?: 'auto' | 'light' | 'dark';

  /**
   * Said after a visitor's choice, once per page, by the picker that was used: the language chosen
   * (to screen readers), or that it could not be loaded (to everyone). Only while the page is in
   * the language it was said in: once another picker or the page changes it, it is out of date.
   */
  private said?: { text: string; language: string; failed?: boolean };

  /**
   * The list is being changed by a key press on it while closed: browsers on Windows and Linux
   * change it at every arrow key, so such a choice waits for Enter or for the visitor to leave the
   * list (one stepping through 24 languages would otherwise load and hear each one). Only for the
   * change that key makes: a choice in the opened list (macOS opens it on an arrow key), by pointer,
   * or by a screen reader's action, applies at once.
   */
  #stepping = false;
  #pendingChoice = false;

  constructor() {
    super();
    new LanguageController(this);
  }

  protected override willUpdate(): void {
    // Another picker or the page changed the language: what this one said is out of date, and
    // cleared, so that the same words said again later are heard again.
    if (this.said && this.said.language !== activeLanguage()) this.said = undefined;
  }

  protected override updated(): void {
    // The language shown, also after a change by script: once a visitor has chosen an option, the
    // `selected` attribute no longer moves the list.
    if (!this.#pendingChoice) this.shadowRoot!.querySelector('select')!.value = baseLanguage(activeLanguage());
  }

  override render() {
    const current = baseLanguage(activeLanguage());
    return html`<div class="base" part="base" lang=${activeLanguage()} dir="ltr">
      <label for="language" part="label"
        >${msg('Language', { id: 'picker.label', desc: 'Label of the drop-down that chooses the language of the widget.' })}</label
      >
      <select id="language" part="select" @keydown=${this.#onKey} @change=${this.#onChange} @blur=${this.#commit}>
        ${UI_LOCALES.map(
          (locale) => html`<option value=${locale} lang=${locale} ?selected=${locale === current}>${endonym(locale)}</option>`,
        )}
      </select>
      <span class=${this.said?.failed ? 'failed' : 'visually-hidden'} role="status">${this.said?.text}</span>
    </div>`;
  }

  #onKey(event: KeyboardEvent): void {
    const select = event.target as HTMLSelectElement;
    if (event.key === 'Enter' && this.#pendingChoice) {
      // (Chromium would also open the list on Enter.)
      event.preventDefault();
      this.#commit();
    } else if (event.key === 'Escape' && this.#pendingChoice) {
      this.#pendingChoice = false;
      select.value = baseLanguage(activeLanguage());
    } else {
      // Space, Alt+Down and F4 open the list, where a choice is made once, as with a pointer. The
      // change a key makes comes while it is handled: the next task is past it.
      this.#stepping = event.key !== ' ' && event.key !== 'F4' && event.key !== 'Tab' && !event.altKey;
      setTimeout(() => (this.#stepping = false));
    }
  }

  #onChange(event: Event): void {
    if (this.#stepping) this.#pendingChoice = true;
    else void this.#choose(event.target as HTMLSelectElement);
  }

  #commit(): void {
    if (!this.#pendingChoice) return;
    this.#pendingChoice = false;
    void this.#choose(this.shadowRoot!.querySelector('select')!);
  }

  async #choose(select: HTMLSelectElement): Promise<void> {
    const language = select.value;
    if (language === baseLanguage(activeLanguage())) return;
    if (!(await setLanguage(language))) {
      // Its messages could not be loaded: the widget stays in its language, and so does the choice.
      select.value = baseLanguage(activeLanguage());
      this.said = {
        text: msg('This language could not be loaded.', {
          id: 'picker.failed',
          desc: "Shown beside the language drop-down when the chosen language's texts could not be loaded (offline, say); the widget stays in the language it was in.",
        }),
        language: activeLanguage(),
        failed: true,
      };
      return;
    }
    const name = endonym(language);
    this.said = {
      text: msg(str`Language: ${name}`, {
        id: 'picker.changed',
        desc: 'Announced to screen readers after the visitor chose a language; the value is the language name in that language.',
      }),
      language: activeLanguage(),
    };
    this.dispatchEvent(new EvolaqLanguageChangeEvent(language));
  }
}
