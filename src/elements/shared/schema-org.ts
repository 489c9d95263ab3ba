import type { html, render } from 'lit';
import type { EvolaqData, Meeting, Partner } from '../../data/types.js';
import type { RenderContext, textValue as TextValue } from './text.js';

/*
 * schema.org JSON-LD for search engines: the project with its member organisations, and each
 * meeting as an Event, written into the element's light DOM. Loaded only by elements with
 * `structured-data` (structured-data.ts, src/parts/load.ts); the element hands over its own text,
 * country-name and page-address functions and Lit's `html` and `render`, so this part carries none.
 */

export interface SchemaHelpers {
  readonly textValue: typeof TextValue;
  readonly countryName: (lang: string, code: string) => string;
  readonly pageAddress: () => string;
  readonly html: typeof html;
  readonly render: typeof render;
}

/** A partner's node id: events name their organisers by it (see event). */
const partnerId = (pageUrl: string, partner: Partner) => `${pageUrl}#evolaq-partner-${partner.id}`;

function organisation({ textValue }: SchemaHelpers, context: RenderContext, partner: Partner, pageUrl: string) {
  return {
    '@type': 'Organization',
    '@id': partnerId(pageUrl, partner),
    name: textValue(context, partner.name),
    ...(partner.localName ? { alternateName: textValue(context, partner.localName) } : {}),
    ...(partner.website ? { url: partner.website } : {}),
    address: {
      '@type': 'PostalAddress',
      ...(partner.city ? { addressLocality: textValue(context, partner.city) } : {}),
      addressCountry: partner.country,
    },
  };
}

function event(
  helpers: SchemaHelpers,
  context: RenderContext,
  meeting: Meeting,
  partners: ReadonlyMap<string, Partner>,
  pageUrl: string,
) {
  const { textValue, countryName } = helpers;
  const city = textValue(context, meeting.city);
  const place = [city, countryName(context.lang, meeting.country)].filter(Boolean).join(', ');
  const summary = textValue(context, meeting.summary);
  return {
    '@type': 'Event',
    '@id': `${pageUrl}#evolaq-meeting-${meeting.id}`,
    name: textValue(context, meeting.title) || place,
    startDate: meeting.start,
    endDate: meeting.end,
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    inLanguage: context.lang,
    url: meeting.link ?? `${pageUrl}#evolaq-meeting-${meeting.id}`,
    ...(summary ? { description: summary } : {}),
    location: {
      '@type': 'Place',
      name: place,
      address: { '@type': 'PostalAddress', ...(city ? { addressLocality: city } : {}), addressCountry: meeting.country },
    },
    // By reference to the project's member: written out in each meeting, a partner's texts (60,000
    // characters) times its meetings (thousands) made hundreds of millions of characters.
    ...(meeting.hosts.length
      ? {
          organizer: meeting.hosts.flatMap((id) => (partners.has(id) ? [{ '@id': partnerId(pageUrl, partners.get(id)!) }] : [])),
        }
      : {}),
  };
}

/** The JSON-LD document for `data`, texts in the active language. */
export function structuredData(helpers: SchemaHelpers, context: RenderContext, data: EvolaqData, pageUrl: string) {
  const { textValue } = helpers;
  const { project } = data;
  const partners = new Map(data.partners.map((partner) => [partner.id, partner]));
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'Project',
        name: textValue(context, project.title),
        ...(project.acronym ? { alternateName: textValue(context, project.acronym) } : {}),
        ...(project.summary ? { description: textValue(context, project.summary) } : {}),
        ...(project.website ? { url: project.website } : {}),
        ...(project.start ? { foundingDate: project.start } : {}),
        ...(project.end ? { dissolutionDate: project.end } : {}),
        funder: { '@type': 'Organization', name: 'European Union' },
        member: data.partners.map((partner) => organisation(helpers, context, partner, pageUrl)),
      },
      ...data.meetings.map((meeting) => event(helpers, context, meeting, partners, pageUrl)),
    ],
  };
}

const containers = new WeakMap<Element, HTMLElement>();
/** What each element last wrote, so that re-renders (a meeting opened, "show more") write nothing. */
const written = new WeakMap<Element, { data: EvolaqData; lang: string }>();
/** Elements that left their data to another element that had written the same. */
const waiting = new Set<Element>();

/** A block was removed or changed: the elements that left it to its writer write theirs again. */
function handOver(): void {
  for (const host of [...waiting]) {
    waiting.delete(host);
    written.delete(host);
    (host as Element & { requestUpdate(): void }).requestUpdate();
  }
}

/**
 * Writes (or, with `data` undefined, removes) the element's JSON-LD in its light DOM, where search
 * engines read it (they do not read shadow roots): no HTML parsing, and no Trusted Types violation,
 * where setting `textContent` of a script would be one.
 */
export function writeStructuredData(
  helpers: SchemaHelpers,
  host: Element,
  context: RenderContext,
  data: EvolaqData | undefined,
): void {
  // A copy of another element's block (a carousel's cloneNode of a rendered element) is no one's.
  for (const copy of host.querySelectorAll(':scope > [data-evolaq-structured-data]'))
    if (copy !== containers.get(host)) copy.remove();
  if (!data) {
    const container = containers.get(host);
    container?.remove();
    containers.delete(host);
    written.delete(host);
    waiting.delete(host);
    if (container) handOver();
    return;
  }
  const last = written.get(host);
  if (last?.data === data && last.lang === context.lang && (waiting.has(host) || containers.get(host)?.parentNode === host))
    return;
  written.set(host, { data, lang: context.lang });
  // `<` escaped, so no text in the data can close the script even if read as HTML. Each array as
  // it is, not what a page's Array.prototype.toJSON makes of it (Prototype.js 1.6: a string).
  const json = JSON.stringify(
    structuredData(helpers, context, data, helpers.pageAddress()),
    function (this: Record<string, unknown>, key: string, value: unknown) {
      return Array.isArray(this[key]) ? this[key] : value;
    },
  ).replace(/</g, '\\u003c');
  let container = containers.get(host);
  // Elements that show the same data (a summary and a timeline, say) write it once: search engines
  // would take every copy for one more project.
  for (const other of document.querySelectorAll('[data-evolaq-structured-data]')) {
    if (other !== container && other.textContent!.trim() === json) {
      container?.remove();
      containers.delete(host);
      waiting.add(host);
      return;
    }
  }
  waiting.delete(host);
  // (A new one also where a site's script took the script element elsewhere, an SEO plugin gathering
  // JSON-LD into <head>: Lit would take the old container's for still there, and write nothing.)
  if (!container?.querySelector('script')) {
    container?.remove();
    container = document.createElement('div');
    container.hidden = true;
    container.dataset.evolaqStructuredData = '';
    containers.set(host, container);
  }
  if (container.parentNode !== host) host.append(container);
  // The script comes from Lit's render() (the element's own, handed over): cloned from a parsed
  // template, it counts as already started, so Chrome does not check its text against a strict
  // page's Trusted Types (one made by createElement is reported as script text). Its text is then
  // one Text node, set by hand: Lit's own binding inside a script leaves marker comments there,
  // which a crawler that reads the page as rendered HTML would read as part of the JSON.
  let script = container.querySelector('script');
  if (!script) {
    helpers.render(helpers.html`<script type="application/ld+json"></script>`, container);
    script = container.querySelector('script')!;
  }
  const before = script.textContent;
  if (script.firstChild) (script.firstChild as Text).data = json;
  else script.appendChild(document.createTextNode(json));
  // Others may have left their data, the same as this one's was, to this element.
  if (before && before !== json) handOver();
}
