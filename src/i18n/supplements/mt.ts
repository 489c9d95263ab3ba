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

/**
 * Singular, dual and the plural counted from 3 to 10 ("tlett ijiem", not "jiem"). Two is the dual
 * alone ("xahrejn", not "2 xhur"); from 11 to 19 the singular with "-il" ("12-il xahar"), from 20 the
 * singular: the classes of the counted phrases (count.*.two, few, many, other).
 */
const UNITS = {
  day: ['jum', 'jumejn', 'ijiem'],
  week: ['ġimgħa', 'ġimagħtejn', 'ġimgħat'],
  month: ['xahar', 'xahrejn', 'xhur'],
  year: ['sena', 'sentejn', 'snin'],
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
    const [singular, dual, plural] = UNITS[unit];
    // ("fi" before a word of one consonant and a vowel is "f’": "f’xahrejn"; before a number, "fi".)
    if (value === 1) return `f’${singular}`;
    if (value === 2) return `f’${dual}`;
    const rest = value % 100;
    if (rest >= 3 && rest <= 10) return `fi ${value} ${plural}`;
    return `fi ${value}${rest >= 11 && rest <= 19 ? '-il' : ''} ${singular}`;
  },
};
