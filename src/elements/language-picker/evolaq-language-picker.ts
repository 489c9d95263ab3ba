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
      /* A small control, often in a site's header: its background only with a chosen theme. */
      :host(:not([theme])) .base {
        background: none;
      }
      label {
        font-size: 0.9em;
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
    announcement: { state: true },
  };

  /** Colours: `light` (default), `dark`, or `auto` to follow the visitor's system setting. */
  theme?: 'auto' | 'light' | 'dark';

  /** Said to screen readers after a visitor's choice: once per page, by the picker that was used. */
  private announcement = '';

  constructor() {
    super();
    new LanguageController(this);
  }

  override render() {
    const current = baseLanguage(activeLanguage());
    return html`<div class="base" part="base" lang=${activeLanguage()}>
      <label for="language" part="label"
        >${msg('Language', { id: 'picker.label', desc: 'Label of the drop-down that chooses the language of the widget.' })}</label
      >
      <select id="language" part="select" @change=${this.onChange}>
        ${UI_LOCALES.map(
          (locale) => html`<option value=${locale} lang=${locale} ?selected=${locale === current}>${endonym(locale)}</option>`,
        )}
      </select>
      <span class="visually-hidden" role="status">${this.announcement}</span>
    </div>`;
  }

  private async onChange(event: Event): Promise<void> {
    const select = event.target as HTMLSelectElement;
    const language = select.value;
    if (!(await setLanguage(language))) {
      // Its messages could not be loaded: the widget stays in its language, and so does the choice.
      select.value = baseLanguage(activeLanguage());
      return;
    }
    const name = endonym(language);
    this.announcement = msg(str`Language: ${name}`, {
      id: 'picker.changed',
      desc: 'Announced to screen readers after the visitor chose a language; the value is the language name in that language.',
    });
    this.dispatchEvent(new EvolaqLanguageChangeEvent(language));
  }
}
