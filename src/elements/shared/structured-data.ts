import { html, render } from 'lit';
import type { EvolaqData, Meeting, Partner } from '../../data/types.js';
import { countryName } from '../../i18n/intl.js';
import { textValue, type RenderContext } from './text.js';

/*
 * schema.org JSON-LD for search engines: the project with its member organisations, and each
 * meeting as an Event. Written into the light DOM (search engines do not read shadow roots) by
 * Lit's `render()`, which sets the script's text through a text node: no HTML parsing, and no
 * Trusted Types violation where setting `textContent` of a script would be one.
 */

function organisation(context: RenderContext, partner: Partner) {
  return {
    '@type': 'Organization',
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

function event(context: RenderContext, meeting: Meeting, partners: ReadonlyMap<string, Partner>, pageUrl: string) {
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
    ...(meeting.hosts.length
      ? { organizer: meeting.hosts.flatMap((id) => (partners.has(id) ? [organisation(context, partners.get(id)!)] : [])) }
      : {}),
  };
}

/** The JSON-LD document for `data`, texts in the active language. */
export function structuredData(context: RenderContext, data: EvolaqData, pageUrl = location.href.split('#')[0]) {
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
        member: data.partners.map((partner) => organisation(context, partner)),
      },
      ...data.meetings.map((meeting) => event(context, meeting, partners, pageUrl)),
    ],
  };
}

const containers = new WeakMap<Element, HTMLElement>();
/** What each element last wrote, so that re-renders (a meeting opened, "show more") write nothing. */
const written = new WeakMap<Element, { data: EvolaqData; lang: string }>();

/** Writes (or, with `data` undefined, removes) the element's JSON-LD in its light DOM. */
export function writeStructuredData(host: Element, context: RenderContext, data: EvolaqData | undefined): void {
  let container = containers.get(host);
  if (!data) {
    container?.remove();
    containers.delete(host);
    written.delete(host);
    return;
  }
  const last = written.get(host);
  if (last?.data === data && last.lang === context.lang && container?.parentNode === host) return;
  written.set(host, { data, lang: context.lang });
  if (!container) {
    container = document.createElement('div');
    container.hidden = true;
    container.dataset.evolaqStructuredData = '';
    containers.set(host, container);
  }
  if (container.parentNode !== host) host.append(container);
  // `<` escaped, so no text in the data can close the script even if read as HTML.
  const json = JSON.stringify(structuredData(context, data)).replace(/</g, '\\u003c');
  render(
    html`<script type="application/ld+json">
      ${json}
    </script>`,
    container,
  );
}
