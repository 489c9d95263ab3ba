import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';
import { loadLocaleModule } from './locale-loaders.js';

/** The EU's own order of its languages: by each language's name for itself. */
const EU_ORDER = [
  'bg',
  'es',
  'cs',
  'da',
  'de',
  'et',
  'el',
  'en',
  'fr',
  'ga',
  'hr',
  'it',
  'lv',
  'lt',
  'hu',
  'mt',
  'nl',
  'pl',
  'pt',
  'ro',
  'sk',
  'sl',
  'fi',
  'sv',
];

/** The UI languages this build has messages for (base language tags), in the EU's order. */
export const UI_LOCALES: readonly string[] = [sourceLocale, ...targetLocales].sort(
  (a, b) => (EU_ORDER.indexOf(a) + 1 || 99) - (EU_ORDER.indexOf(b) + 1 || 99),
);

// Called once per copy of the script: lit-localize throws on a second call in the same module instance.
export const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: loadLocaleModule,
});
