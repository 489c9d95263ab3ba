import type { LocaleModule } from '@lit/localize';
import type { targetLocales } from './generated/locale-codes.js';
import { installSupplement, type IntlSupplement } from './intl.js';

/*
 * Every language is its own module, loaded when chosen (the ES build makes each a chunk next to
 * the entry). The single-file build swaps this module for `locale-loaders-single-file.ts`.
 * Written out, not as one `import(`./generated/locales/${locale}.ts`)`: vite turns that into the
 * same list keyed by whole paths, with a helper to look them up (−330 B gzip in the ES build).
 * The type has tsc name a language that lit-localize builds and this list lacks.
 */
type Locale = (typeof targetLocales)[number];
type Loaders<T> = Record<Locale, () => Promise<T>>;

const LOCALES: Loaders<LocaleModule> = {
  bg: () => import('./generated/locales/bg.ts'),
  cs: () => import('./generated/locales/cs.ts'),
  da: () => import('./generated/locales/da.ts'),
  de: () => import('./generated/locales/de.ts'),
  el: () => import('./generated/locales/el.ts'),
  es: () => import('./generated/locales/es.ts'),
  et: () => import('./generated/locales/et.ts'),
  fi: () => import('./generated/locales/fi.ts'),
  fr: () => import('./generated/locales/fr.ts'),
  ga: () => import('./generated/locales/ga.ts'),
  hr: () => import('./generated/locales/hr.ts'),
  hu: () => import('./generated/locales/hu.ts'),
  it: () => import('./generated/locales/it.ts'),
  lt: () => import('./generated/locales/lt.ts'),
  lv: () => import('./generated/locales/lv.ts'),
  mt: () => import('./generated/locales/mt.ts'),
  nl: () => import('./generated/locales/nl.ts'),
  pl: () => import('./generated/locales/pl.ts'),
  pt: () => import('./generated/locales/pt.ts'),
  ro: () => import('./generated/locales/ro.ts'),
  sk: () => import('./generated/locales/sk.ts'),
  sl: () => import('./generated/locales/sl.ts'),
  sv: () => import('./generated/locales/sv.ts'),
};

/** Each language's messages about problems in the data (see scripts/split-locales.mjs). */
const PROBLEMS: Loaders<LocaleModule> = {
  bg: () => import('./generated/problems/bg.ts'),
  cs: () => import('./generated/problems/cs.ts'),
  da: () => import('./generated/problems/da.ts'),
  de: () => import('./generated/problems/de.ts'),
  el: () => import('./generated/problems/el.ts'),
  es: () => import('./generated/problems/es.ts'),
  et: () => import('./generated/problems/et.ts'),
  fi: () => import('./generated/problems/fi.ts'),
  fr: () => import('./generated/problems/fr.ts'),
  ga: () => import('./generated/problems/ga.ts'),
  hr: () => import('./generated/problems/hr.ts'),
  hu: () => import('./generated/problems/hu.ts'),
  it: () => import('./generated/problems/it.ts'),
  lt: () => import('./generated/problems/lt.ts'),
  lv: () => import('./generated/problems/lv.ts'),
  mt: () => import('./generated/problems/mt.ts'),
  nl: () => import('./generated/problems/nl.ts'),
  pl: () => import('./generated/problems/pl.ts'),
  pt: () => import('./generated/problems/pt.ts'),
  ro: () => import('./generated/problems/ro.ts'),
  sk: () => import('./generated/problems/sk.ts'),
  sl: () => import('./generated/problems/sl.ts'),
  sv: () => import('./generated/problems/sv.ts'),
};

/** Languages whose dates, country names and relative times Chromium's Intl lacks; we ship them. */
const SUPPLEMENTS: Partial<Loaders<{ supplement: IntlSupplement }>> = {
  ga: () => import('./supplements/ga.ts'),
  mt: () => import('./supplements/mt.ts'),
};

export async function loadLocaleModule(locale: string): Promise<LocaleModule> {
  const [module, extra] = await Promise.all([LOCALES[locale as Locale](), SUPPLEMENTS[locale as Locale]?.()]);
  if (extra) installSupplement(locale, extra.supplement);
  return module;
}

/** A language's messages about problems in the data. */
export async function loadProblemMessages(locale: string): Promise<LocaleModule['templates']> {
  return (await PROBLEMS[locale as Locale]()).templates;
}
