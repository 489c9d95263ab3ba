import type { EvolaqData, Meeting, Partner } from '../../data/types.js';
import type { RenderContext, textValue as TextValue } from './text.js';

/*
 * schema.org JSON-LD for search engines: the project with its member organisations, and each
 * meeting as an Event. Loaded only by elements with `structured-data` (src/parts/load.ts); the
 * element hands over its own text and country-name functions, so this part carries none.
 */

export interface SchemaHelpers {
  readonly textValue: typeof TextValue;
  readonly countryName: (lang: string, code: string) => string;
}

function organisation({ textValue }: SchemaHelpers, context: RenderContext, partner: Partner) {
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
    ...(meeting.hosts.length
      ? {
          organizer: meeting.hosts.flatMap((id) => (partners.has(id) ? [organisation(helpers, context, partners.get(id)!)] : [])),
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
        member: data.partners.map((partner) => organisation(helpers, context, partner)),
      },
      ...data.meetings.map((meeting) => event(helpers, context, meeting, partners, pageUrl)),
    ],
  };
}
