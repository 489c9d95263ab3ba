import { html, nothing, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { EvolaqData } from '../../data/types.js';
import { EvolaqElement } from '../base.js';
import { fundingStyles, renderFunding } from '../funding/funding.js';
import '../language-picker/define.js';
import '../partners/define.js';
import { linkKey } from '../shared/selection.js';
import '../summary/define.js';
import '../timeline/define.js';
import { projectStyles } from './evolaq-project.styles.js';

/**
 * @customElement evolaq-project
 * @summary The whole project box: summary, partners, meeting timeline, the EU funding notice and a
 * language picker. The element a webmaster pastes.
 *
 * @fires evolaq-load - New data was read and is shown.
 * @fires evolaq-problems - The data has problems; `event.problems` lists them with their JSON paths.
 * @fires evolaq-error - The input left nothing new to show (failed `src`, unusable data).
 * @fires evolaq-language-change - The visitor chose a language in the picker.
 * @fires evolaq-partner-select - The visitor chose a partner on the map; `event.partnerId` names it.
 *
 * @slot - Shown until the data is there (and when scripts are off): a link to the project page, say.
 *
 * @csspart base - The outer box.
 * @csspart toolbar - The row holding the language picker.
 * @csspart summary - The `<evolaq-summary>` inside.
 * @csspart partners - The `<evolaq-partners>` inside.
 * @csspart timeline - The `<evolaq-timeline>` inside.
 * @csspart funding - The EU notice.
 * @csspart emblem - The EU emblem.
 * @csspart header - The summary's acronym and title (passed on, as the parts below).
 * @csspart facts - The summary's programme, period and figures.
 * @csspart goals - The summary's goals.
 * @csspart themes - The summary's themes.
 * @csspart website - The link to the project's website.
 * @csspart country - One country's group of partners.
 * @csspart partner - One partner.
 * @csspart lead - The lead partner's badge.
 * @csspart map - The map.
 * @csspart legend - The map's legend.
 * @csspart meetings - Each year's ordered list of meetings.
 * @csspart meeting - One meeting.
 * @csspart meeting-past - A meeting that is over.
 * @csspart meeting-ongoing - A meeting under way today.
 * @csspart meeting-next - The next meeting.
 * @csspart meeting-upcoming - A later meeting.
 * @csspart toggle - A meeting's button that opens and closes its details.
 * @csspart details - A meeting's details.
 * @csspart report - A meeting's report.
 * @csspart calendar - The "Add to calendar" buttons.
 * @csspart more - The "Show more meetings" button.
 * @csspart label - The language picker's label.
 * @csspart select - The language picker's drop-down.
 * @csspart notice - The note that newer data could not be shown, above what is still shown.
 * @csspart problems - The collapsed list of problems in the data.
 * @csspart error - What is shown when the data cannot be used.
 *
 * @cssprop --evolaq-accent-color - Accent, links, focus ring (default #003399).
 * @cssprop --evolaq-text-color - Text colour (default #1d2433).
 * @cssprop --evolaq-muted-color - Secondary text (default #4a5468).
 * @cssprop --evolaq-surface-color - The box's background (default #ffffff).
 * @cssprop --evolaq-subtle-color - Quiet backgrounds: chips, the next meeting (default #f3f5fa).
 * @cssprop --evolaq-border-color - Lines and the box's border (default #d5dae5).
 * @cssprop --evolaq-highlight-color - The next meeting's marker (default #ffcc00).
 * @cssprop --evolaq-radius - Corner radius (default 0.5rem).
 * @cssprop --evolaq-gap - Space between parts (default 1rem).
 * @cssprop --evolaq-font-family - Font (default: the page's).
 */
export class EvolaqProjectElement extends EvolaqElement {
  static override styles = [...EvolaqElement.styles, fundingStyles, projectStyles];
  static override properties: PropertyDeclarations = {
    now: {},
    noHash: { type: Boolean, attribute: 'no-hash' },
    noMap: { type: Boolean, attribute: 'no-map' },
    noPicker: { type: Boolean, attribute: 'no-picker' },
  };

  /** "Today" as `YYYY-MM-DD`, for the timeline's past and next marks; the visitor's date by default. */
  now?: string;

  /** Leaves the address alone when a meeting is opened (for sites whose router owns the hash). */
  noHash = false;

  /** Leaves out the map of the partners. */
  noMap = false;

  /** Hides the language picker (for pages that switch the language themselves). */
  noPicker = false;

  protected override renderContent(data: EvolaqData) {
    const level = this.headingLevel;
    // The parts link with each other (and with other elements of the same group or src).
    const group = linkKey(this);
    return html`<div class="project">
      ${this.noPicker ? nothing : html`<div class="toolbar" part="toolbar"><evolaq-language-picker exportparts="label, select" theme=${ifDefined(this.theme)}></evolaq-language-picker></div>`}
      <evolaq-summary
        part="summary"
        exportparts="header, facts, goals, themes, website"
        .parsed=${this.result}
        heading-level=${level}
        theme=${ifDefined(this.theme)}
      ></evolaq-summary>
      <div class="columns">
        ${
          data.partners.length
            ? html`<evolaq-partners
                part="partners"
                exportparts="country, partner, lead, map, legend"
                .parsed=${this.result}
                heading-level=${level + 1}
                group=${group}
                ?no-map=${this.noMap}
                theme=${ifDefined(this.theme)}
              ></evolaq-partners>`
            : nothing
        }
        ${
          data.meetings.length
            ? html`<evolaq-timeline
                part="timeline"
                exportparts="meetings, meeting, meeting-past, meeting-ongoing, meeting-next, meeting-upcoming, toggle, details, report, calendar, more"
                .parsed=${this.result}
                heading-level=${level + 1}
                now=${this.now ?? ''}
                ?no-hash=${this.noHash}
                group=${group}
                theme=${ifDefined(this.theme)}
              ></evolaq-timeline>`
            : nothing
        }
      </div>
      ${renderFunding(this.context, data.project.funding)}
    </div>`;
  }
}
