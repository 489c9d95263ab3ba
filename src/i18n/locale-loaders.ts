import type { LocaleModule } from '@lit/localize';
import { installSupplement, type IntlSupplement } from './intl.js';

/** Languages whose dates, country names and relative times Chromium's Intl lacks; we ship them. */
export const SUPPLEMENTED: readonly string[] = ['ga', 'mt'];

// `.ts`, not `.js`, in the variable imports: vite resolves them only with the real extension.

/**
 * Every language is its own module, loaded when chosen (the ES build makes each a chunk next to
 * the entry). The single-file build swaps this module for `locale-loaders-single-file.ts`.
 */
export async function loadLocaleModule(locale: string): Promise<LocaleModule> {
  const [module, extra] = await Promise.all([
    import(`./generated/locales/${locale}.ts`) as Promise<LocaleModule>,
    SUPPLEMENTED.includes(locale) ? (import(`./supplements/${locale}.ts`) as Promise<{ supplement: IntlSupplement }>) : undefined,
  ]);
  if (extra) installSupplement(locale, extra.supplement);
  return module;
}

/** A language's messages about problems in the data (see scripts/split-locales.mjs). */
export async function loadProblemMessages(locale: string): Promise<LocaleModule['templates']> {
  return ((await import(`./generated/problems/${locale}.ts`)) as LocaleModule).templates;
}
