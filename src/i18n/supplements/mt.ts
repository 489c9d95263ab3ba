import type { IntlSupplement } from '../intl.js';

/* Maltese: what Chromium's Intl lacks (it falls back to English). Forms from CLDR's Maltese data. */

const MONTHS = [
  'Jannar',
  'Frar',
  'Marzu',
  'April',
  'Mejju',
  'Ġunju',
  'Lulju',
  'Awwissu',
  'Settembru',
  'Ottubru',
  'Novembru',
  'Diċembru',
];

/** Letters of the Maltese alphabet that sort apart from their look-alikes, as pairs that sort in its order. */
const MALTESE_ORDER: Record<string, string> = { ġ: 'ga', g: 'gb', għ: 'gc', h: 'ha', ħ: 'hb', ż: 'za', z: 'zb' };

const REGIONS: Record<string, string> = {
  AD: 'Andorra',
  AL: 'l-Albanija',
  AM: 'l-Armenja',
  AT: 'l-Awstrija',
  AZ: 'l-Ażerbajġan',
  BA: 'il-Bożnija-Ħerzegovina',
  BE: 'il-Belġju',
  BG: 'il-Bulgarija',
  BY: 'il-Belarussja',
  CH: 'l-Iżvizzera',
  CY: 'Ċipru',
  CZ: 'ir-Repubblika Ċeka',
  DE: 'il-Ġermanja',
  DK: 'id-Danimarka',
  DZ: 'l-Alġerija',
  EE: 'l-Estonja',
  EG: 'l-Eġittu',
  ES: 'Spanja',
  FI: 'il-Finlandja',
  FR: 'Franza',
  GB: 'ir-Renju Unit',
  GE: 'il-Georgia',
  GR: 'il-Greċja',
  HR: 'il-Kroazja',
  HU: 'l-Ungerija',
  IE: 'l-Irlanda',
  IL: 'Iżrael',
  IS: 'l-Iżlanda',
  IT: 'l-Italja',
  JO: 'il-Ġordan',
  LB: 'il-Libanu',
  LI: 'il-Liechtenstein',
  LT: 'il-Litwanja',
  LU: 'il-Lussemburgu',
  LV: 'il-Latvja',
  LY: 'il-Libja',
  MA: 'il-Marokk',
  MC: 'Monaco',
  MD: 'il-Moldova',
  ME: 'il-Montenegro',
  MK: 'il-Maċedonja ta’ Fuq',
  MT: 'Malta',
  NL: 'in-Netherlands',
  NO: 'in-Norveġja',
  PL: 'il-Polonja',
  PS: 'il-Palestina',
  PT: 'il-Portugall',
  RO: 'ir-Rumanija',
  RS: 'is-Serbja',
  RU: 'ir-Russja',
  SE: 'l-Iżvezja',
  SI: 'is-Slovenja',
  SK: 'is-Slovakkja',
  SM: 'San Marino',
  SY: 'is-Sirja',
  TN: 'it-Tuneżija',
  TR: 'it-Turkija',
  UA: 'l-Ukrajna',
  VA: 'l-Istat tal-Belt tal-Vatikan',
  XK: 'il-Kosovo',
};

/** Singular and plural: Maltese uses the singular after 1 and from 11 upwards. */
const UNITS = {
  day: ['jum', 'jiem'],
  week: ['ġimgħa', 'ġimgħat'],
  month: ['xahar', 'xhur'],
  year: ['sena', 'snin'],
} as const;

export const supplement: IntlSupplement = {
  months: MONTHS,
  date: (day, month, year) => (year === undefined ? `${day} ta’ ${month}` : `${day} ta’ ${month} ${year}`),
  regions: REGIONS,
  // After "u" the article loses its vowel: "il-Kroazja u l-Latvja", "u s-Slovenja".
  and: (last) => `u ${last.replace(/^i(?=[lċdnrstxż]-)/, '')}`,
  // "l-Awstrija, Franza, il-Ġermanja": sorted past the article (l-, il-, or assimilated: ir-, is-, …).
  // Past the article, in the Maltese alphabet, which Chromium cannot sort (no Maltese collation):
  // ġ before g, għ after it, ħ after h, ż before z. Each becomes two letters that sort so.
  sortKey: (name) =>
    name
      .replace(/^(?:l|i[lċdnrstxż])-/, '')
      .toLowerCase()
      .replace(/għ|[gġhħzż]/g, (letter) => MALTESE_ORDER[letter]),
  relative: (value, unit) => {
    if (unit === 'day' && value === 0) return 'illum';
    if (unit === 'day' && value === 1) return 'għada';
    const [singular, plural] = UNITS[unit];
    const rest = value % 100;
    return `fi ${value} ${value === 1 || rest >= 11 ? singular : plural}`;
  },
};
