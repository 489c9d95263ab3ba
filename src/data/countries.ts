/**
 * The language a local name is most likely written in, by country: used only to give a plain-string
 * `localName` (such as "Norrköpings kommun") the right `lang`, so screen readers pronounce it.
 * Countries with several equal languages (Belgium, Switzerland, Luxembourg) are left out.
 */
export const LOCAL_LANGUAGE: Readonly<Record<string, string>> = {
  AT: 'de',
  BG: 'bg',
  CY: 'el',
  CZ: 'cs',
  DE: 'de',
  DK: 'da',
  EE: 'et',
  ES: 'es',
  FI: 'fi',
  FR: 'fr',
  GB: 'en',
  GR: 'el',
  HR: 'hr',
  HU: 'hu',
  // An Irish organisation's own name, beside its English one, is its Irish name.
  IE: 'ga',
  IS: 'is',
  IT: 'it',
  LT: 'lt',
  LV: 'lv',
  MT: 'mt',
  NL: 'nl',
  NO: 'nb',
  PL: 'pl',
  PT: 'pt-PT',
  RO: 'ro',
  SE: 'sv',
  SI: 'sl',
  SK: 'sk',
};

/** The EU's own codes that ISO 3166-1 spells otherwise. */
export const EU_COUNTRY_ALIASES: Readonly<Record<string, string>> = { EL: 'GR', UK: 'GB' };

let regionNames: Intl.DisplayNames | undefined;

/**
 * Codes the browser has names for that belong to no country: the user-assigned ones (AA, QM-QZ,
 * XA-XZ, ZZ: "Unknown Region", "Pseudo-Accents", "Outlying Oceania"), except XK, and the EU, the
 * eurozone and the UN; and the codes ISO 3166-1 has withdrawn, which the browser names as their
 * successors ("CS", written for Czech, would be Serbia; "YU" Serbia, "SU" Russia, "DD" Germany).
 */
const NO_COUNTRY = /^(AA|Q[M-Z]|X[A-JL-Z]|ZZ|EU|EZ|UN|AN|BU|CS|DD|DY|FX|HV|NH|RH|SU|TP|VD|YD|YU|ZR)$/;

/** True for an ISO 3166-1 alpha-2 code the browser knows (XK, Kosovo, included). */
export function isKnownCountry(code: string): boolean {
  let known = knownCountries.get(code);
  if (known === undefined) {
    regionNames ??= new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });
    try {
      known = !NO_COUNTRY.test(code) && regionNames.of(code) !== undefined;
    } catch {
      known = false;
    }
    // Remembered for well-formed codes only, so hostile data cannot grow the map without bound.
    if (/^[A-Z]{2}$/.test(code)) knownCountries.set(code, known);
  }
  return known;
}
const knownCountries = new Map<string, boolean>();
