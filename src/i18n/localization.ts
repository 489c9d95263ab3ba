import { configureLocalization, type LocaleModule } from '@lit/localize';
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

type Templates = LocaleModule['templates'];

/**
 * Each language's messages, in one object that lit-localize reads from: the messages about
 * problems in the data join it later, when there is a problem to show (addMessages).
 */
const messages = new Map<string, Templates>();

function messagesOf(locale: string): Templates {
  let templates = messages.get(locale);
  if (!templates) messages.set(locale, (templates = {}));
  return templates;
}

/** Adds messages to a language, loaded or not; lit-localize sees them at the next render. */
export function addMessages(locale: string, templates: Templates): void {
  Object.assign(messagesOf(locale), templates);
}

const alongside: ((locale: string) => Promise<void>)[] = [];

/** Has `load` run for every language loaded from now on, before the language is applied. */
export function loadWithLanguages(load: (locale: string) => Promise<void>): void {
  alongside.push(load);
}

// Called once per copy of the script: lit-localize throws on a second call in the same module instance.
const localization = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: async (locale) => {
    const [module] = await Promise.all([loadLocaleModule(locale), ...alongside.map((load) => load(locale))]);
    addMessages(locale, module.templates);
    return { templates: messagesOf(locale) };
  },
});

export const { getLocale } = localization;

/**
 * lit-localize's setLocale, but a language whose messages failed to load is tried again when asked
 * again (lit-localize would answer with the old failure): it is set back to the language shown.
 */
let calls = 0;

export function setLocale(locale: string): Promise<void> {
  const call = ++calls;
  return localization.setLocale(locale).catch((error: unknown) => {
    // (Not over a language asked for since, which lit-localize's failure also rejects.)
    if (call === calls) localization.setLocale(getLocale()).catch(() => undefined);
    throw error;
  });
}
