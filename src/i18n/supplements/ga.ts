import type { IntlSupplement } from '../intl.js';

/* Irish: what Chromium's Intl lacks (it falls back to English). Forms from CLDR's Irish data. */

const MONTHS = [
  'Eanáir',
  'Feabhra',
  'Márta',
  'Aibreán',
  'Bealtaine',
  'Meitheamh',
  'Iúil',
  'Lúnasa',
  'Meán Fómhair',
  'Deireadh Fómhair',
  'Samhain',
  'Nollaig',
];

const REGIONS: Record<string, string> = {
  AD: 'Andóra',
  AL: 'an Albáin',
  AM: 'an Airméin',
  AT: 'an Ostair',
  AZ: 'an Asarbaiseáin',
  BA: 'an Bhoisnia agus an Heirseagaivéin',
  BE: 'an Bheilg',
  BG: 'an Bhulgáir',
  BY: 'an Bhealarúis',
  CH: 'an Eilvéis',
  CY: 'an Chipir',
  CZ: 'an tSeicia',
  DE: 'an Ghearmáin',
  DK: 'an Danmhairg',
  DZ: 'an Ailgéir',
  EE: 'an Eastóin',
  EG: 'an Éigipt',
  ES: 'an Spáinn',
  FI: 'an Fhionlainn',
  FR: 'an Fhrainc',
  GB: 'an Ríocht Aontaithe',
  GE: 'an tSeoirsia',
  GR: 'an Ghréig',
  HR: 'an Chróit',
  HU: 'an Ungáir',
  IE: 'Éire',
  IL: 'Iosrael',
  IS: 'an Íoslainn',
  IT: 'an Iodáil',
  JO: 'an Iordáin',
  LB: 'an Liobáin',
  LI: 'Lichtinstéin',
  LT: 'an Liotuáin',
  LU: 'Lucsamburg',
  LV: 'an Laitvia',
  LY: 'an Libia',
  MA: 'Maracó',
  MC: 'Monacó',
  MD: 'an Mholdóiv',
  ME: 'Montainéagró',
  MK: 'an Mhacadóin Thuaidh',
  MT: 'Málta',
  NL: 'an Ísiltír',
  NO: 'an Iorua',
  PL: 'an Pholainn',
  PS: 'an Phalaistín',
  PT: 'an Phortaingéil',
  RO: 'an Rómáin',
  RS: 'an tSeirbia',
  RU: 'an Rúis',
  SE: 'an tSualainn',
  SI: 'an tSlóivéin',
  SK: 'an tSlóvaic',
  SM: 'San Mairíne',
  SY: 'an tSiria',
  TN: 'an Túinéis',
  TR: 'an Tuirc',
  UA: 'an Úcráin',
  VA: 'Cathair na Vatacáine',
  XK: 'an Chosaiv',
};

/**
 * The noun after a number, by plural category (one, two, few, many, other), as CLDR writes them: the
 * counting forms "seachtaine", "bliana" only from 3 to 10 ("trí seachtaine", but "fiche seachtain").
 */
const UNITS = {
  day: { one: 'lá', two: 'lá', few: 'lá', many: 'lá', other: 'lá' },
  week: { one: 'seachtain', two: 'sheachtain', few: 'seachtaine', many: 'seachtaine', other: 'seachtain' },
  month: { one: 'mhí', two: 'mhí', few: 'mhí', many: 'mí', other: 'mí' },
  year: { one: 'bhliain', two: 'bhliain', few: 'bliana', many: 'mbliana', other: 'bliain' },
} as const;

const plural = new Intl.PluralRules('ga');

export const supplement: IntlSupplement = {
  months: MONTHS,
  date: (day, month, year) => (year === undefined ? `${day} ${month}` : `${day} ${month} ${year}`),
  regions: REGIONS,
  and: (last) => `agus ${last}`,
  // "an Chróit, Éire, an Ostair, an tSualainn": sorted past the article, with the t- or h- it puts
  // before the noun or the h of lenition it causes, as Irish dictionaries do.
  sortKey: (name) => name.replace(/^(?:an|na) (?:[th]-?(?=\p{Lu})|([BCDFGMPST])h)?/u, '$1'),
  relative: (value, unit) => {
    if (unit === 'day' && value === 0) return 'inniu';
    if (unit === 'day' && value === 1) return 'amárach';
    const category = plural.select(value) as keyof (typeof UNITS)['day'];
    return `i gceann ${value} ${UNITS[unit][category] ?? UNITS[unit].other}`;
  },
};
