/**
 * The data contract (see README "The data format"): what the parser hands to the elements.
 * Every field here has already been checked; elements never see raw JSON.
 */

/** A calendar date, `YYYY-MM-DD`, meaning that day where it happens (never a point in time). */
export type CalendarDate = string;

/**
 * A human-readable text in one or more languages: language tag (canonical BCP 47) → text.
 * A plain string in the JSON is stored under the document's `defaultLanguage`.
 */
export type Text = Readonly<Record<string, string>>;

export const PARTNER_TYPES = [
  'municipality',
  'district',
  'region',
  'association',
  'agency',
  'university',
  'company',
  'other',
] as const;
export type PartnerType = (typeof PARTNER_TYPES)[number];

export interface Funding {
  readonly statement?: Text;
  readonly emblem: boolean;
}

export interface Project {
  readonly acronym?: Text;
  readonly title: Text;
  readonly summary?: Text;
  readonly programme?: Text;
  readonly start?: CalendarDate;
  readonly end?: CalendarDate;
  readonly website?: string;
  readonly goals: readonly Text[];
  readonly themes: readonly Text[];
  readonly funding: Funding;
}

export interface Partner {
  readonly id: string;
  readonly name: Text;
  readonly localName?: Text;
  readonly type?: PartnerType;
  /** ISO 3166-1 alpha-2, upper case (EL and UK already read as GR and GB). */
  readonly country: string;
  readonly city?: Text;
  readonly lat?: number;
  readonly lon?: number;
  readonly website?: string;
  readonly lead: boolean;
}

export interface Report {
  readonly text: Text;
  readonly author?: Text;
  readonly published?: CalendarDate;
  readonly link?: string;
}

export interface Meeting {
  readonly id: string;
  readonly number?: number;
  readonly start: CalendarDate;
  /** Equal to `start` when the data gives none. */
  readonly end: CalendarDate;
  readonly city?: Text;
  readonly country: string;
  /** Ids of known partners only. */
  readonly hosts: readonly string[];
  readonly title?: Text;
  readonly summary?: Text;
  readonly themes: readonly Text[];
  readonly link?: string;
  readonly report?: Report;
}

export interface EvolaqData {
  readonly schemaVersion: number;
  readonly defaultLanguage: string;
  readonly project: Project;
  readonly partners: readonly Partner[];
  /** Sorted by start date, then end date, then number. */
  readonly meetings: readonly Meeting[];
}

export type ProblemCode =
  | 'invalid-json'
  | 'not-utf8'
  | 'not-object'
  | 'missing'
  | 'wrong-type'
  | 'empty'
  | 'invalid-date'
  | 'no-such-date'
  | 'half-position'
  | 'swapped-position'
  | 'invalid-id'
  | 'duplicate-id'
  | 'invalid-country'
  | 'country-alias'
  | 'invalid-url'
  | 'unsafe-url'
  | 'out-of-range'
  | 'unknown-host'
  | 'end-before-start'
  | 'unknown-type'
  | 'unknown-version'
  | 'invalid-language'
  | 'language-slip'
  | 'unknown-field'
  | 'too-large'
  | 'too-many'
  | 'too-long'
  | 'unreadable'
  | 'duplicate-language'
  | 'http-error'
  | 'network-error'
  | 'timeout';

/** One thing wrong with the input, found where `path` points (`meetings[4].start`; empty for the whole document). */
export interface Problem {
  readonly severity: 'error' | 'warning';
  readonly path: string;
  readonly code: ProblemCode;
  /** What was expected, in the contract's words (`"string"`, `"YYYY-MM-DD"`, `"-90 to 90"`). */
  readonly expected?: string;
  /** The offending value, shortened, as text. */
  readonly value?: string;
  /**
   * The id of the partner or meeting the problem is in, when it has one (`daugavpils-2017`): a path
   * counts from 0, so `meetings[4]` is the fifth in the file, and the id finds it by name.
   */
  readonly item?: string;
  /** The problem in English, for logs and developers; the widget shows a localised one. */
  readonly message: string;
}

/** What one input turns into: the data (absent when nothing can be shown) and every problem found. */
export interface ParseResult {
  readonly data?: EvolaqData;
  readonly problems: readonly Problem[];
}
