import type { LocaleModule } from '@lit/localize';
import { besideScript } from '../parts/script-url.js';
import { installSupplement, type IntlSupplement } from './intl.js';

/*
 * The single file (dist/evolaq-widget.js) holds the seven languages of the partner sites, each
 * evaluated only when chosen; the other EU languages are files beside it (dist/locales/xx.js,
 * about 2 KiB each), fetched from the script's own address when a visitor picks one. So are the
 * code and messages that word problems in the data (dist/problems.js, dist/locales/xx.problems.js),
 * when a page has a problem to show. So copy the dist/ folder whole.
 */
const INSIDE: Readonly<Record<string, () => Promise<LocaleModule>>> = {
  de: () => import('./generated/locales/de.ts'),
  fi: () => import('./generated/locales/fi.ts'),
  hr: () => import('./generated/locales/hr.ts'),
  it: () => import('./generated/locales/it.ts'),
  lv: () => import('./generated/locales/lv.ts'),
  sv: () => import('./generated/locales/sv.ts'),
};

/** Failed loads per language: the browser keeps a module that failed as failed, so a new try asks at a new address. */
const failures = new Map<string, number>();

export async function loadLocaleModule(locale: string): Promise<LocaleModule> {
  const inside = INSIDE[locale];
  if (inside) return inside();
  const tries = failures.get(locale) ?? 0;
  let module: LocaleModule & { supplement?: IntlSupplement };
  try {
    // A module import is not a Trusted Types sink, so strict pages need no extra policy for it.
    module = await import(/* @vite-ignore */ besideScript(`locales/${locale}.js`) + (tries ? `&try=${tries}` : ''));
  } catch (error) {
    failures.set(locale, tries + 1);
    throw error;
  }
  if (module.supplement) installSupplement(locale, module.supplement);
  return module;
}

/** A language's messages about problems in the data, from beside the script. */
export async function loadProblemMessages(locale: string): Promise<LocaleModule['templates']> {
  const url = besideScript(`locales/${locale}.problems.js`);
  return ((await import(/* @vite-ignore */ url)) as LocaleModule).templates;
}
