import { msg } from '@lit/localize';
import { html, nothing, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { pickText } from '../../data/text.js';
import type { EvolaqData, Partner } from '../../data/types.js';
import type { EvolaqPartnerSelectEvent } from '../events.js';
import { compare, countryName } from '../../i18n/intl.js';
import { EvolaqElement } from '../base.js';
import '../map/define.js';
import { heading } from '../shared/heading.js';
import { SelectionController, byTouch, linkKey } from '../shared/selection.js';
import { renderLink, renderText, textValue } from '../shared/text.js';
import { partnersStyles } from './evolaq-partners.styles.js';
import { partnerTypeName } from './partner-type.js';

interface CountryGroup {
  readonly code: string;
  readonly name: string;
  readonly partners: readonly Partner[];
}

/** Between the facts of a partner (type, city, website). */
/**
 * @customElement evolaq-partners
 * @summary The partner organisations, grouped by country (named in the page's language), with
 * local name, type, city, the lead partner marked, and website links.
 *
 * @fires evolaq-load - New data was read and is shown.
 * @fires evolaq-problems - The data has problems; `event.problems` lists them with their JSON paths.
 * @fires evolaq-error - The input left nothing new to show (failed `src`, unusable data).
 * @fires evolaq-partner-select - The visitor chose a partner on the map; `event.partnerId` names it.
 *
 * @slot - Shown until the data is there (and when scripts are off).
 *
 * @csspart base - The element's box.
 * @csspart country - One country's group.
 * @csspart partner - One partner.
 * @csspart lead - The lead partner's badge.
 * @csspart map - The map (the inner `<evolaq-map>`'s part).
 * @csspart legend - The map's legend.
 * @csspart notice - The note that newer data could not be shown, above what is still shown.
 * @csspart problems - The collapsed list of problems in the data.
 * @csspart error - What is shown when the data cannot be used.
 *
 * @cssprop --evolaq-accent-color - Accent, links, the lead badge.
 * @cssprop --evolaq-border-color - Lines between groups.
 */
export class EvolaqPartnersElement extends EvolaqElement {
  static override styles = [...EvolaqElement.styles, partnersStyles];
  static override properties: PropertyDeclarations = {
    noMap: { type: Boolean, attribute: 'no-map' },
  };

  /** Leaves out the map of the partners. */
  noMap = false;

  readonly #selection = new SelectionController(this);

  protected override get lists() {
    return ['partners'] as const;
  }

  protected override renderContent(data: EvolaqData) {
    return html`<section class="partners" aria-labelledby="partners-title">
      ${heading(this.headingLevel, msg('Partners', { id: 'partners.title', desc: 'Heading of the list of partner organisations.' }), 'partners-title')}
      ${
        this.noMap
          ? nothing
          : html`<evolaq-map
              part="map"
              exportparts="legend"
              .parsed=${this.result}
              heading-level=${this.headingLevel + 1}
              group=${linkKey(this)}
              theme=${ifDefined(this.theme)}
              @evolaq-partner-select=${this.#goTo}
            ></evolaq-map>`
      }
      <ul
        class="countries"
        @pointerover=${this.#enter}
        @focusin=${this.#enter}
        @pointerout=${this.#leave}
        @focusout=${this.#leave}
      >
        ${this.#groups(data).map((group) => this.#renderCountry(group))}
      </ul>
    </section>`;
  }

  /** Countries in alphabetical order of their names in the active language; partners by name within. */
  #groups(data: EvolaqData): CountryGroup[] {
    const { lang, defaultLanguage } = this.context;
    const nameOf = (partner: Partner) => pickText(partner.name, lang, defaultLanguage).value;
    const byCountry = new Map<string, Partner[]>();
    for (const partner of data.partners) {
      const list = byCountry.get(partner.country) ?? [];
      list.push(partner);
      byCountry.set(partner.country, list);
    }
    return [...byCountry]
      .map(([code, partners]) => ({
        code,
        name: countryName(lang, code),
        partners: partners.sort((a, b) => Number(b.lead) - Number(a.lead) || compare(lang, nameOf(a), nameOf(b))),
      }))
      .sort((a, b) => compare(lang, a.name, b.name, true));
  }

  #renderCountry(group: CountryGroup) {
    return html`<li class="country" part="country" data-country=${group.code}>
      ${heading(this.headingLevel + 1, group.name)}
      <ul class="list">
        ${group.partners.map((partner) => this.#renderPartner(partner))}
      </ul>
    </li>`;
  }

  #renderPartner(partner: Partner) {
    const context = this.context;
    const name = renderText(context, partner.name);
    const showLocal = partner.localName && textValue(context, partner.localName) !== textValue(context, partner.name);
    const meta = [
      partner.type ? html`<span>${partnerTypeName(partner.type)}</span>` : undefined,
      // A city is a name: read in the page's voice, whichever language the data wrote it in.
      partner.city ? html`<span>${textValue(context, partner.city)}</span>` : undefined,
    ].filter((item) => item !== undefined);
    const highlighted = this.#selection.ids.includes(partner.id);
    return html`<li class="partner ${highlighted ? 'hi' : ''}" part="partner" data-partner=${partner.id}>
      <p class="name">${partner.website ? renderLink(partner.website, name) : name}</p>
      ${showLocal ? html`<p class="local">${renderText(context, partner.localName)}</p>` : nothing}
      ${meta.length ? html`<p class="meta">${meta}</p>` : nothing}
      ${
        partner.lead
          ? html`<p class="lead" part="lead">
              ${msg('Lead partner', { id: 'partners.lead', desc: 'Badge on the partner that leads the project.' })}
            </p>`
          : nothing
      }
    </li>`;
  }

  /**
   * A pin chosen from the keyboard or by a screen reader takes the visitor to its partner in the
   * list, the full text: a pin is a button, and pressing it must do something they notice. (A
   * pointer's click leaves focus and scroll alone: the pointer sees the partner highlighted.)
   * In the tab order while it has focus: Chromium's Tab from an element with tabindex -1 in a
   * shadow root goes back to the root's first stop (the pin), not on from the partner.
   */
  #goTo(event: EvolaqPartnerSelectEvent): void {
    const item = this.renderRoot.querySelector<HTMLElement>(`li.partner[data-partner="${CSS.escape(event.partnerId)}"]`);
    if (!item || event.byPointer) return;
    item.tabIndex = 0;
    // (Not when the window loses focus, with the partner's focus kept for its return.)
    item.onblur = () => this.shadowRoot!.activeElement === item || item.removeAttribute('tabindex');
    item.focus();
  }

  /** Hovering or focusing a partner highlights its pin on the linked map. */
  #enter(event: Event): void {
    const item = (event.target as Element).closest<HTMLElement>('li.partner');
    if (item && !byTouch(event)) this.#selection.set([item.dataset.partner!]);
  }

  #leave(event: PointerEvent | FocusEvent): void {
    const item = (event.target as Element).closest('li.partner');
    if (item && !byTouch(event) && !item.contains(event.relatedTarget as Node | null)) this.#selection.set([]);
  }
}
