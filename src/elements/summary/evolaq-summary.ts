import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import type { EvolaqData, Text } from '../../data/types.js';
import { fromCountryCount, meetingCount, organisationCount } from '../../i18n/counts.js';
import { EvolaqElement } from '../base.js';
import { heading } from '../shared/heading.js';
import { renderDateRange, renderLink, renderParagraphs, renderText } from '../shared/text.js';
import { summaryStyles } from './evolaq-summary.styles.js';

/**
 * @customElement evolaq-summary
 * @summary What the project is: acronym, title, summary, programme, period, goals, themes and
 * figures computed from the data, in the page's language.
 *
 * @fires evolaq-load - New data was read and is shown.
 * @fires evolaq-problems - The data has problems; `event.problems` lists them with their JSON paths.
 * @fires evolaq-error - The input left nothing new to show (failed `src`, unusable data).
 *
 * @slot - Shown until the data is there (and when scripts are off): a link to the project page, say.
 *
 * @csspart base - The element's box.
 * @csspart header - Acronym and title.
 * @csspart facts - Programme, period and figures.
 * @csspart summary - The summary text.
 * @csspart goals - The list of goals.
 * @csspart themes - The list of themes.
 * @csspart website - The link to the project's website.
 * @csspart notice - The note that newer data could not be shown, above what is still shown.
 * @csspart problems - The collapsed list of problems in the data.
 * @csspart error - What is shown when the data cannot be used.
 *
 * @cssprop --evolaq-accent-color - Headings' accent, links, focus ring (default #003399).
 * @cssprop --evolaq-text-color - Text colour.
 * @cssprop --evolaq-muted-color - Secondary text.
 * @cssprop --evolaq-surface-color - Background of boxes.
 * @cssprop --evolaq-subtle-color - Background of chips and quiet areas.
 * @cssprop --evolaq-border-color - Lines and borders.
 */
export class EvolaqSummaryElement extends EvolaqElement {
  static override styles = [...EvolaqElement.styles, summaryStyles];

  protected override renderContent(data: EvolaqData) {
    const { project } = data;
    return html`<section class="summary" aria-labelledby="title">
      ${this.#renderHeader(data)} ${this.#renderFacts(data)} ${renderParagraphs(this.context, project.summary, 'summary')}
      ${this.#renderList(msg('Goals', { id: 'summary.goals', desc: 'Heading of the list of the project goals.' }), project.goals, 'goals')}
      ${this.#renderList(msg('Themes', { id: 'summary.themes', desc: 'Heading of the list of the project themes.' }), project.themes, 'themes')}
      ${
        project.website
          ? html`<p class="website">
              ${renderLink(project.website, msg('Project website', { id: 'summary.website', desc: 'Link to the project website.' }), 'website')}
            </p>`
          : nothing
      }
    </section>`;
  }

  #renderHeader({ project }: EvolaqData) {
    return html`<header class="header" part="header">
      ${project.acronym ? html`<p class="acronym">${renderText(this.context, project.acronym)}</p>` : nothing}
      ${heading(this.headingLevel, renderText(this.context, project.title), 'title')}
    </header>`;
  }

  #renderFacts({ project, partners, meetings }: EvolaqData) {
    const { lang } = this.context;
    const countries = new Set(partners.map((partner) => partner.country)).size;
    return html`<dl class="facts" part="facts">
      ${
        project.programme
          ? html`<div>
              <dt>${msg('Programme', { id: 'summary.programme', desc: 'Label: the EU funding programme of the project.' })}</dt>
              <dd>${renderText(this.context, project.programme)}</dd>
            </div>`
          : nothing
      }
      ${
        project.start
          ? html`<div>
              <dt>${msg('Period', { id: 'summary.period', desc: 'Label: from when to when the project runs.' })}</dt>
              <dd>${renderDateRange(lang, project.start, project.end ?? project.start)}</dd>
            </div>`
          : nothing
      }
      ${
        partners.length
          ? html`<div>
              <dt>
                ${msg('Partnership', { id: 'summary.partnership', desc: 'Label: how many organisations from how many countries take part.' })}
              </dt>
              <dd>${`${organisationCount(lang, partners.length)} ${fromCountryCount(lang, countries)}`}</dd>
            </div>`
          : nothing
      }
      ${
        meetings.length
          ? html`<div>
              <dt>${msg('Meetings', { id: 'summary.meetings', desc: 'Label: how many partner meetings there are.' })}</dt>
              <dd>${meetingCount(lang, meetings.length)}</dd>
            </div>`
          : nothing
      }
    </dl>`;
  }

  #renderList(title: string, items: readonly Text[], part: string) {
    if (items.length === 0) return nothing;
    return html`<div class="list ${part}">
      ${heading(this.headingLevel + 1, title)}
      <ul part=${part}>
        ${items.map((item) => html`<li>${renderText(this.context, item)}</li>`)}
      </ul>
    </div>`;
  }
}
