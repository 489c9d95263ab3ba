import { msg, str } from '@lit/localize';
import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { EvolaqData, Meeting, Text } from '../../data/types.js';
import { countryName, formatDate, formatNumber, listParts, relativeTime } from '../../i18n/intl.js';
import { EvolaqElement } from '../base.js';
import { heading, htmlAt } from '../shared/heading.js';
import { pageAddress } from '../shared/page-address.js';
import { SelectionController, byTouch } from '../shared/selection.js';
import { renderDateRange, renderLink, renderParagraphs, renderText, textValue, unwrap } from '../shared/text.js';
import { meetingIdInHash, offerDeepLink, writeMeetingHash } from './deep-link.js';
import { timelineStyles } from './evolaq-timeline.styles.js';
import { loadCalendarPart } from '../../parts/load.js';
import { meetingStatuses, resolveToday, timeUntil, type MeetingStatus } from './status.js';

export type TimelineView = 'all' | 'upcoming' | 'past';

/**
 * For the `hidden` property: "until-found" (out of view, yet found by find-in-page, which then shows
 * it and fires `beforematch`; printed; where unsupported, hidden plainly) or not hidden. Typed as
 * the boolean the DOM typings still give `hidden`, which predate the value.
 */
const untilFound = (hide: boolean) => (hide ? 'until-found' : false) as unknown as boolean;

/** Letters of the right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko, …). */
const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;

/**
 * @customElement evolaq-timeline
 * @summary The partner meetings in date order, each marked past, ongoing, next or upcoming, with
 * dates, place and host; each opens to its summary, themes and report, and can be added to a calendar.
 *
 * Each meeting's list item has the id `evolaq-meeting-<id>`; opening the page with that hash
 * scrolls to the meeting, opens it and focuses it.
 *
 * @fires evolaq-load - New data was read and is shown.
 * @fires evolaq-problems - The data has problems; `event.problems` lists them with their JSON paths.
 * @fires evolaq-error - The input left nothing new to show (failed `src`, unusable data).
 *
 * @slot - Shown until the data is there (and when scripts are off).
 *
 * @csspart base - The element's box.
 * @csspart meetings - Each year's ordered list of meetings.
 * @csspart meeting - One meeting; also `meeting-past`, `meeting-ongoing`, `meeting-next`, `meeting-upcoming`.
 * @csspart meeting-past - A meeting that is over.
 * @csspart meeting-ongoing - A meeting under way today.
 * @csspart meeting-next - The next meeting.
 * @csspart meeting-upcoming - A later meeting.
 * @csspart toggle - The button (the meeting's title) that opens and closes its details.
 * @csspart details - A meeting's details: summary, themes, report, links.
 * @csspart report - A meeting's report.
 * @csspart calendar - The "Add to calendar" buttons.
 * @csspart more - The "Show more meetings" button.
 * @csspart notice - The note that newer data could not be shown, above what is still shown.
 * @csspart problems - The collapsed list of problems in the data.
 * @csspart error - What is shown when the data cannot be used.
 *
 * @cssprop --evolaq-accent-color - The line, markers and the next meeting's highlight.
 * @cssprop --evolaq-highlight-color - The next meeting's marker (default EU gold #ffcc00).
 * @cssprop --evolaq-scroll-margin - Space kept above a meeting a deep link scrolls to, for sticky site headers (default 1rem).
 */
export class EvolaqTimelineElement extends EvolaqElement {
  static override styles = [...EvolaqElement.styles, timelineStyles];
  static override properties: PropertyDeclarations = {
    now: {},
    view: {},
    compact: { type: Boolean, reflect: true },
    pageSize: { type: Number, attribute: 'page-size' },
    noHash: { type: Boolean, attribute: 'no-hash' },
    open: { state: true },
    shown: { state: true },
    viewOverride: { state: true },
    calendarFailed: { state: true },
  };

  /** "Today" as `YYYY-MM-DD` (or any date-time), for demos and tests; the visitor's date by default. */
  now?: string;

  /** Which meetings to list: `all`, `upcoming` (with the one under way) or `past`. */
  view: TimelineView = 'all';

  /** A tighter layout for sidebars: dates and titles, details on demand. */
  compact = false;

  /** How many meetings to show before "Show more"; the rest stay in the page for find-in-page, print and links. */
  pageSize = 20;

  /** Leaves the address alone when a meeting is opened (for sites whose router owns the hash). */
  noHash = false;

  private open = new Set<string>();
  private shown = 0;
  /** A deep link to a meeting the view filters out shows all meetings. */
  private viewOverride?: TimelineView;

  readonly #onHashChange = () => this.#answerDeepLink();

  /** Hovering, focusing or opening a meeting highlights its hosts on a linked map. */
  readonly #selection = new SelectionController(this);

  /** The day the statuses were rendered for; `#clock` looks each minute whether today is another. */
  #day?: string;
  #clock?: ReturnType<typeof setInterval>;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.#onHashChange);
    // A page left open past midnight (a screen in a town hall, a tab kept for days, a laptop woken
    // from sleep) moves on with the day: today's meeting was still "Next meeting · tomorrow".
    // (Each minute, not a timer set for midnight: that one fires late after a sleep or a change of time zone.)
    this.#clock = setInterval(() => this.#day && resolveToday(this.now) !== this.#day && this.requestUpdate(), 60_000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#onHashChange);
    clearInterval(this.#clock);
  }

  /**
   * The control that had focus before a render, by meeting and place: list items are reused by
   * position, so new data that puts a meeting before it would otherwise leave focus on another
   * meeting; new data without it would leave focus nowhere (on the page's body).
   */
  #focused?: { item: string; control: number; index: number } | null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const active = this.shadowRoot?.activeElement;
    const item = active?.closest('li.meeting');
    this.#focused = item && {
      item: item.id,
      control: [...item.querySelectorAll('button, a')].indexOf(active!),
      index: [...this.shadowRoot!.querySelectorAll('li.meeting:not([hidden])')].indexOf(item),
    };
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const focused = this.#focused;
    const root = this.shadowRoot!;
    if (focused && root.activeElement?.closest('li.meeting')?.id !== focused.item) {
      const shown = root.querySelectorAll('li.meeting:not([hidden])');
      const same = root.getElementById(focused.item);
      // Gone: the meeting now in its place, by its first control (its own may be closed).
      const item = same ?? shown[Math.min(focused.index, shown.length - 1)];
      item?.querySelectorAll<HTMLElement>('button, a')[same ? focused.control : 0]?.focus({ preventScroll: true });
    }
    if (this.shownData) this.#answerDeepLink();
  }

  /** The meetings of the current view, in date order. */
  #visibleMeetings(data: EvolaqData, statuses: Map<string, MeetingStatus>): readonly Meeting[] {
    const view = this.viewOverride ?? this.view;
    if (view === 'past') return data.meetings.filter((m) => statuses.get(m.id) === 'past');
    if (view === 'upcoming') return data.meetings.filter((m) => statuses.get(m.id) !== 'past');
    return data.meetings;
  }

  protected override renderContent(data: EvolaqData) {
    const day = (this.#day = resolveToday(this.now));
    const statuses = meetingStatuses(data.meetings, day);
    const meetings = this.#visibleMeetings(data, statuses);
    // The meeting under way and the next one are never behind "Show more": a long project's first
    // page would hold only meetings long past.
    let current = 0;
    meetings.forEach((meeting, index) => {
      const status = statuses.get(meeting.id);
      if (status === 'ongoing' || status === 'next') current = index + 1;
    });
    const limit = Math.max(this.#step() + this.shown, current);
    const years = new Map<string, Meeting[]>();
    for (const meeting of meetings) {
      const year = meeting.start.slice(0, 4);
      const list = years.get(year);
      if (list) list.push(meeting);
      else years.set(year, [meeting]);
    }
    const grouped = years.size > 1;
    let index = 0;
    // A meeting's heading is in its own template, at its level (see htmlAt).
    const meetingHtml = htmlAt(this.headingLevel + (grouped ? 2 : 1));
    const renderList = (list: readonly Meeting[]) =>
      html`<ol class="meetings" part="meetings">
        ${list.map((meeting) =>
          this.#renderMeeting(meetingHtml, data, meeting, statuses.get(meeting.id)!, day, index++ >= limit, grouped),
        )}
      </ol>`;
    // One set of listeners for the whole list, not eight per meeting: a long timeline has hundreds.
    return html`<section
      class="timeline"
      aria-labelledby="timeline-title"
      @click=${this.#onClick}
      @pointerover=${this.#onEnter}
      @focusin=${this.#onEnter}
      @pointerout=${this.#onLeave}
      @focusout=${this.#onLeave}
      @beforematch=${this.#onBeforeMatch}
    >
      ${heading(this.headingLevel, msg('Partner meetings', { id: 'timeline.title', desc: 'Heading of the timeline of partner meetings.' }), 'timeline-title')}
      ${
        meetings.length === 0
          ? html`<p class="empty">
              ${msg('No meetings to show.', { id: 'timeline.empty', desc: 'Shown when the chosen view (upcoming or past meetings) has none.' })}
            </p>`
          : nothing
      }
      ${
        grouped
          ? [...years].map(([year, list]) => {
              // A year whose meetings are all beyond "Show more" hides with them: no heading over an empty list.
              const beyond = index >= limit;
              return html`<div class="year" .hidden=${untilFound(beyond)} aria-hidden=${ifDefined(beyond ? 'true' : undefined)}>
                ${heading(this.headingLevel + 1, year)}${renderList(list)}
              </div>`;
            })
          : renderList(meetings)
      }
      <div class="actions">
        ${
          meetings.length > limit
            ? html`<button class="more" part="more" @click=${() => this.#showMore(meetings, limit)}>
                ${msg(str`Show more meetings (${formatNumber(this.context.lang, meetings.length - limit)})`, {
                  id: 'timeline.more',
                  desc: 'Button under a long timeline; the number is how many meetings are still hidden.',
                })}
              </button>`
            : nothing
        }
        ${
          meetings.length > 1
            ? html`<button class="calendar" part="calendar" @click=${() => void this.#downloadCalendar(data, meetings, '')}>
                ${msg('Add all meetings to calendar', { id: 'timeline.calendarAll', desc: 'Button that downloads an .ics calendar file with every meeting shown.' })}
              </button>`
            : nothing
        }
        ${this.#calendarAlert('')}
      </div>
    </section>`;
  }

  #renderMeeting(
    meetingHtml: ReturnType<typeof htmlAt>,
    data: EvolaqData,
    meeting: Meeting,
    status: MeetingStatus,
    day: string,
    beyondLimit: boolean,
    grouped: boolean,
  ) {
    const { lang } = this.context;
    const open = this.open.has(meeting.id);
    const place = this.#renderPlace(meeting);
    const title = meeting.title ? renderText(this.context, meeting.title) : place;
    const hosts = meeting.hosts.map((id) => renderText(this.context, this.#partnerNames(data).get(id)));
    const names = hosts.length > 1 ? meeting.hosts.map((id) => textValue(this.context, this.#partnerNames(data).get(id))) : [];
    const rtl = names.some((name) => RTL.test(name));
    // "Alpha GmbH, Linz, Beta and Gamma" reads as four hosts: with a comma in a name, the list takes semicolons.
    const semicolons = names.some((name) => name.includes(','));
    // Nine "Add to calendar" buttons and "More about this meeting" links, told apart by the title
    // they describe (in a screen reader's list of links, say).
    const titleId = `title-${meeting.id}`;
    // Spans that a meeting may lack stay, hidden, in the one template: a template instance per
    // optional part would cost more than the empty span (a long timeline renders hundreds).
    return meetingHtml`<li
      id="evolaq-meeting-${meeting.id}"
      class="meeting ${status}"
      part="meeting meeting-${status}"
      .hidden=${untilFound(beyondLimit)}
      aria-hidden=${ifDefined(beyondLimit ? 'true' : undefined)}
    >
      <span class="marker" aria-hidden="true"></span>
      <div class="body">
        <p class="kicker">
          <span class="number" ?hidden=${meeting.number === undefined}
            >${meeting.number !== undefined ? this.#meetingNumber(meeting.number) : nothing}</span
          >
          <span class="status">${this.#statusLabel(status)}</span>
          ${status === 'next' ? html`<span class="until">${this.#until(day, meeting.start)}</span>` : nothing}
        </p>
        <hx class="heading">
          <button class="toggle" part="toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls="details-${meeting.id}">
            <span class="chevron" aria-hidden="true"></span><span class="title" id=${titleId}>${title}</span>
          </button>
        </hx>
        <p class="when">${renderDateRange(lang, meeting.start, meeting.end)}</p>
        <p class="where">
          <span class="place" ?hidden=${!meeting.title}>${meeting.title ? place : nothing}</span>
          <span class="host" ?hidden=${!hosts.length}>${hosts.length ? this.#hostedBy(hosts, rtl, semicolons) : nothing}</span>
        </p>
        <div class="details" part="details" id="details-${meeting.id}" .hidden=${untilFound(!open)}>
          ${renderParagraphs(this.context, meeting.summary)} ${this.#renderThemes(meeting)}
          ${this.#renderReport(meeting, this.headingLevel + (grouped ? 3 : 2))}
          <p class="links">
            ${
              meeting.link
                ? renderLink(
                    meeting.link,
                    msg('More about this meeting', { id: 'timeline.link', desc: 'Link to a page about one meeting.' }),
                    undefined,
                    titleId,
                  )
                : nothing
            }
            <button class="calendar" part="calendar" data-meeting=${meeting.id} aria-describedby=${titleId}>
              ${msg('Add to calendar', { id: 'timeline.calendar', desc: 'Button that downloads an .ics calendar file for one meeting.' })}
            </button>
            ${this.#calendarAlert(meeting.id)}
          </p>
        </div>
      </div>
    </li>`;
  }

  /** The alert that a calendar file could not be made, after the button clicked (`id`: a meeting's, '' for all). */
  #calendarAlert(id: string) {
    return this.calendarFailed === id
      ? html`<span class="calendar-failed" role="alert"
          >${msg('The calendar file could not be made.', {
            id: 'timeline.calendarFailed',
            desc: 'Shown beside an "Add to calendar" button when the calendar file could not be made (the code that writes it could not be loaded).',
          })}</span
        >`
      : nothing;
  }

  #names?: { data: EvolaqData; byId: Map<string, Text> };

  /** Partner names by id, built once per data. */
  #partnerNames(data: EvolaqData): Map<string, Text> {
    if (this.#names?.data !== data) this.#names = { data, byId: new Map(data.partners.map((p) => [p.id, p.name])) };
    return this.#names.byId;
  }

  // (Parts of a meeting's details, each only where the meeting has it: the details themselves are
  // in the meeting's own template, one template instance less for each of a long timeline's meetings.)
  #renderThemes(meeting: Meeting) {
    const context = this.context;
    return meeting.themes.length
      ? html`<ul
          class="themes"
          aria-label=${msg('Themes', { id: 'summary.themes', desc: 'Heading of the list of the project themes.' })}
        >
          ${meeting.themes.map((theme) => html`<li>${renderText(context, theme)}</li>`)}
        </ul>`
      : nothing;
  }

  /** The report, its heading one level below the meeting's. */
  #renderReport(meeting: Meeting, level: number) {
    const report = meeting.report;
    return report
      ? html`<div class="report" part="report">
          ${heading(level, msg('Report', { id: 'timeline.report', desc: 'Heading of the report written after a meeting.' }))}
          ${renderParagraphs(this.context, report.text)} ${this.#renderByline(report.author, report.published)}
          ${report.link ? html`<p>${renderLink(report.link, msg('Read the full report', { id: 'timeline.reportLink', desc: 'Link to the full report of a meeting.' }), undefined, `title-${meeting.id}`)}</p>` : nothing}
        </div>`
      : nothing;
  }

  #renderByline(author: Text | undefined, published: string | undefined) {
    if (!author && !published) return nothing;
    const date = published ? html`<time datetime=${published}>${formatDate(this.context.lang, published)}</time>` : nothing;
    const by = renderText(this.context, author);
    let line;
    if (author && published)
      line = msg(html`By ${by}, published ${date}`, {
        id: 'timeline.byline',
        desc: 'Who wrote a meeting report and when it was published.',
      });
    else if (author) line = msg(html`By ${by}`, { id: 'timeline.author', desc: 'Who wrote a meeting report.' });
    else line = msg(html`Published ${date}`, { id: 'timeline.published', desc: 'When a meeting report was published.' });
    return html`<p class="byline">${unwrap(line)}</p>`;
  }

  /** "Collecchio, Italy", a plain string (no template instance per meeting). */
  #renderPlace(meeting: Meeting) {
    const country = countryName(this.context.lang, meeting.country);
    // A city is a name: read in the page's voice, whichever language the data wrote it in.
    const city = textValue(this.context, meeting.city);
    return city ? `${city}, ${country}` : country;
  }

  #meetingNumber(number: number) {
    const n = formatNumber(this.context.lang, number);
    return msg(str`Meeting ${n}`, { id: 'timeline.number', desc: 'The ordinal number of a partner meeting, as in "Meeting 7".' });
  }

  #hostedBy(names: unknown[], rtl: boolean, semicolons: boolean) {
    // Joined as the language joins a list ("A, B and C"). Two right-to-left names side by side
    // would read as one, each half on the other's side.
    const join = (text: string) => (semicolons ? text.replace(/^, $/, '; ') : text);
    const name = (index: number) => (rtl ? html`<bdi>${names[index]}</bdi>` : names[index]);
    const hosts = listParts(this.context.lang, names.length).map((part) => (typeof part === 'string' ? join(part) : name(part)));
    return unwrap(
      names.length > 1
        ? msg(html`Hosted by ${hosts}`, {
            id: 'timeline.hostedByMany',
            desc: 'Which partner organisations hosted the meeting, when there are several (a list such as "A, B and C"): the plural of timeline.hostedBy where the language has one.',
          })
        : msg(html`Hosted by ${hosts}`, { id: 'timeline.hostedBy', desc: 'Which partner organisation hosted the meeting.' }),
    );
  }

  #statusLabel(status: MeetingStatus): string {
    switch (status) {
      case 'past':
        return msg('Past', {
          id: 'timeline.status.past',
          desc: 'Status of a partner meeting relative to today, shown above its title.',
        });
      case 'ongoing':
        return msg('Happening now', {
          id: 'timeline.status.ongoing',
          desc: 'Status of a partner meeting relative to today, shown above its title.',
        });
      case 'next':
        return msg('Next meeting', {
          id: 'timeline.status.next',
          desc: 'Status of a partner meeting relative to today, shown above its title.',
        });
      case 'upcoming':
        return msg('Upcoming', {
          id: 'timeline.status.upcoming',
          desc: 'Status of a partner meeting relative to today, shown above its title.',
        });
    }
  }

  #until(day: string, start: string): string {
    const { value, unit } = timeUntil(day, start);
    return relativeTime(this.context.lang, value, unit);
  }

  /** The meeting an event happened in, if any. */
  #meetingOf(target: EventTarget | null): Meeting | undefined {
    const item = (target as Element | null)?.closest?.('li.meeting');
    const id = item?.id.slice('evolaq-meeting-'.length);
    return id ? this.shownData?.meetings.find((meeting) => meeting.id === id) : undefined;
  }

  readonly #onClick = (event: Event) => {
    const target = event.target as Element;
    const meeting = this.#meetingOf(target);
    if (!meeting) return;
    if (target.closest('.toggle')) this.#toggle(meeting.id);
    else if (target.closest('button.calendar')) void this.#downloadCalendar(this.shownData!, [meeting], meeting.id);
  };

  /**
   * Find-in-page (or a text fragment) found text in a hidden meeting: a meeting beyond "show more"
   * reveals the rest, closed details open. (`beforematch` bubbles, so one listener serves all.)
   */
  readonly #onBeforeMatch = (event: Event) => {
    const target = event.target as Element;
    if (target.matches('li.meeting, .year')) this.#revealAll();
    else if (target.matches('.details')) {
      const meeting = this.#meetingOf(target);
      if (meeting) this.#setOpen(meeting.id, true);
    }
  };

  /** Hovering or focusing a meeting highlights its hosts on a linked map. */
  readonly #onEnter = (event: Event) => {
    // About to click "Add to calendar": fetch the writer now, so the file follows the click at once.
    if ((event.target as Element).closest?.('button.calendar')) void loadCalendarPart().catch(() => undefined);
    const meeting = this.#meetingOf(event.target);
    if (meeting && !byTouch(event)) this.#selection.set(meeting.hosts);
  };

  readonly #onLeave = (event: PointerEvent | FocusEvent) => {
    const item = (event.target as Element).closest('li.meeting');
    if (item && !byTouch(event) && !item.contains(event.relatedTarget as Node | null)) this.#selection.set([]);
  };

  #toggle(id: string): void {
    const opening = !this.open.has(id);
    this.#setOpen(id, opening);
    if (opening && !this.noHash) writeMeetingHash(id, this);
  }

  #setOpen(id: string, open: boolean): void {
    const next = new Set(this.open);
    if (open) next.add(id);
    else next.delete(id);
    this.open = next;
  }

  /** Meetings per page: a whole number from 1; anything else ("abc", 0, -3) is the default 20, and 2.5 is 2. */
  #step(): number {
    return this.pageSize >= 1 ? Math.floor(this.pageSize) : 20;
  }

  /** Reveals the next meetings and moves focus to the first of them, so keyboard users stay in place. */
  async #showMore(meetings: readonly Meeting[], limit: number): Promise<void> {
    // A page more than is shown now (which may reach past the first page, to the next meeting).
    this.shown = limit;
    await this.rendered;
    const first = meetings[limit];
    this.shadowRoot?.querySelector<HTMLElement>(`#evolaq-meeting-${CSS.escape(first.id)} .toggle`)?.focus();
  }

  #revealAll(): void {
    this.shown = Number.MAX_SAFE_INTEGER / 2;
  }

  /** If the address names one of our meetings, offer to open, scroll to and focus it. */
  #answerDeepLink(): void {
    const id = meetingIdInHash();
    const meeting = id && this.shownData?.meetings.find((m) => m.id === id);
    if (!meeting) return;
    offerDeepLink(this, (move) => void this.#reveal(meeting.id, move));
  }

  async #reveal(id: string, move: boolean): Promise<void> {
    const data = this.shownData!;
    if (!this.#visibleMeetings(data, meetingStatuses(data.meetings, resolveToday(this.now))).some((m) => m.id === id)) {
      this.viewOverride = 'all';
    }
    this.#revealAll();
    this.#setOpen(id, true);
    if (!move) return;
    await this.rendered;
    const item = this.shadowRoot?.getElementById(`evolaq-meeting-${id}`);
    if (!item) return;
    const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    item.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'auto' });
    item.querySelector<HTMLElement>('.toggle')?.focus({ preventScroll: true });
  }

  /** Offers the meetings as an .ics file; the writer loads on the first click (src/parts/load.ts). */
  #calendarPending = false;
  /** The button (a meeting's id, '' for all) whose file could not be made: it says so beside it. */
  private calendarFailed?: string;

  async #downloadCalendar(data: EvolaqData, meetings: readonly Meeting[], button: string): Promise<void> {
    // A second click while the writer loads would make a second file.
    if (this.#calendarPending) return;
    const context = this.context;
    this.#calendarPending = true;
    this.calendarFailed = undefined;
    try {
      // (The events are made in the part itself: none of that code is in the first load.)
      const { download, meetingsCalendar } = await loadCalendarPart();
      download(...meetingsCalendar({ textValue, countryName, page: pageAddress() }, context, data, meetings));
    } catch (error) {
      this.calendarFailed = button;
      console.error('[evolaq] The calendar file could not be made: is dist/calendar.js beside the script?', error);
    } finally {
      this.#calendarPending = false;
    }
  }
}
