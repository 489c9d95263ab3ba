import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';

/** The UI languages this build has messages for (base language tags). */
export const UI_LOCALES: readonly string[] = [sourceLocale, ...targetLocales];

// Called once per copy of the script: lit-localize throws on a second call in the same module instance.
export const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  // `.ts`, not `.js`: vite resolves the variable import only with the real extension (TOOLCHAIN.md).
  loadLocale: (locale) => import(`./generated/locales/${locale}.ts`),
});
