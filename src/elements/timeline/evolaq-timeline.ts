import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { join } from 'lit/directives/join.js';
import type { EvolaqData, Meeting } from '../../data/types.js';
import { countryName, formatNumber, relativeTime } from '../../i18n/intl.js';
import { EvolaqElement } from '../base.js';
import { heading } from '../shared/heading.js';
import { renderDateRange, renderParagraphs, renderText } from '../shared/text.js';
import { timelineStyles } from './evolaq-timeline.styles.js';
import { meetingStatuses, resolveToday, timeUntil, type MeetingStatus } from './status.js';

/**
 * @summary The partner meetings in date order, each marked past, ongoing, next or upcoming, with
 * dates, place, host, title and summary.
 *
 * Each meeting's list item has the id `evolaq-meeting-<id>`.
 *
 * @fires evolaq-load - New data was read and is shown.
 * @fires evolaq-problems - The data has problems; `event.problems` lists them with their JSON paths.
 * @fires evolaq-error - The input left nothing new to show (failed `src`, unusable data).
 *
 * @slot - Shown until the data is there (and when scripts are off).
 *
 * @csspart base - The element's box.
 * @csspart meetings - The ordered list of meetings.
 * @csspart meeting - One meeting; also `meeting-past`, `meeting-ongoing`, `meeting-next`, `meeting-upcoming`.
 * @csspart problems - The collapsed list of problems in the data.
 * @csspart error - What is shown when the data cannot be used.
 *
 * @cssprop --evolaq-accent-color - The line, markers and the next meeting's highlight.
 * @cssprop --evolaq-highlight-color - The next meeting's marker (default EU gold #ffcc00).
 */
export class EvolaqTimelineElement extends EvolaqElement {
  static override styles = [...EvolaqElement.styles, timelineStyles];

  /** "Today" as `YYYY-MM-DD` (or any date-time), for demos and tests; the visitor's date by default. */
  @property() now?: string;

  protected override renderContent(data: EvolaqData) {
    const day = resolveToday(this.now);
    const statuses = meetingStatuses(data.meetings, day);
    const partnerNames = new Map(data.partners.map((partner) => [partner.id, partner.name]));
    return html`<section class="timeline" aria-labelledby="timeline-title">
      ${heading(this.headingLevel, msg('Partner meetings', { id: 'timeline.title', desc: 'Heading of the timeline of partner meetings.' }), 'timeline-title')}
      <ol class="meetings" part="meetings">
        ${data.meetings.map((meeting) => this.renderMeeting(meeting, statuses.get(meeting.id) ?? 'upcoming', day, partnerNames))}
      </ol>
    </section>`;
  }

  private renderMeeting(meeting: Meeting, status: MeetingStatus, day: string, partnerNames: Map<string, EvolaqData['partners'][number]['name']>) {
    const { lang } = this.context;
    const place = this.renderPlace(meeting);
    return html`<li id="evolaq-meeting-${meeting.id}" class="meeting ${status}" part="meeting meeting-${status}" data-status=${status}>
      <span class="marker" aria-hidden="true"></span>
      <div class="body">
        <p class="kicker">
          ${meeting.number !== undefined
            ? html`<span class="number">${this.meetingNumber(meeting.number)}</span>`
            : nothing}
          <span class="status">${this.statusLabel(status)}</span>
          ${status === 'next' ? html`<span class="until">${this.until(day, meeting.start)}</span>` : nothing}
        </p>
        ${heading(this.headingLevel + 1, meeting.title ? renderText(this.context, meeting.title) : place)}
        <p class="when">${renderDateRange(lang, meeting.start, meeting.end)}</p>
        <p class="where">
          ${meeting.title ? html`<span class="place">${place}</span>` : nothing}
          ${meeting.hosts.length
            ? html`<span class="host">${this.hostedBy(meeting.hosts.map((id) => renderText(this.context, partnerNames.get(id))))}</span>`
            : nothing}
        </p>
        ${renderParagraphs(this.context, meeting.summary)}
      </div>
    </li>`;
  }

  private renderPlace(meeting: Meeting) {
    const country = countryName(this.context.lang, meeting.country);
    return meeting.city ? html`${renderText(this.context, meeting.city)}, ${country}` : html`${country}`;
  }

  private meetingNumber(number: number) {
    const n = formatNumber(this.context.lang, number);
    return msg(str`Meeting ${n}`, { id: 'timeline.number', desc: 'The ordinal number of a partner meeting, as in "Meeting 7".' });
  }

  private hostedBy(names: unknown[]) {
    const hosts = join(names, ', ');
    return msg(html`Hosted by ${hosts}`, { id: 'timeline.hostedBy', desc: 'Which partner organisation(s) hosted the meeting.' });
  }

  private statusLabel(status: MeetingStatus): string {
    switch (status) {
      case 'past':
        return msg('Past', { id: 'timeline.status.past', desc: 'Status of a partner meeting relative to today, shown above its title.' });
      case 'ongoing':
        return msg('Happening now', { id: 'timeline.status.ongoing', desc: 'Status of a partner meeting relative to today, shown above its title.' });
      case 'next':
        return msg('Next meeting', { id: 'timeline.status.next', desc: 'Status of a partner meeting relative to today, shown above its title.' });
      case 'upcoming':
        return msg('Upcoming', { id: 'timeline.status.upcoming', desc: 'Status of a partner meeting relative to today, shown above its title.' });
    }
  }

  private until(day: string, start: string): string {
    const { value, unit } = timeUntil(day, start);
    return relativeTime(this.context.lang, value, unit);
  }
}
