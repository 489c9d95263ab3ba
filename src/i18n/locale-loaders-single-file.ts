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

/**
 * Failed loads per file: a new try asks at a new address, since a browser may keep a module that
 * failed as failed (Chromium fetches it again, the module map's rules leave it open).
 */
const failures = new Map<string, number>();

async function importBeside<T>(path: string): Promise<T> {
  const tries = failures.get(path) ?? 0;
  try {
    // A module import is not a Trusted Types sink, so strict pages need no extra policy for it.
    return (await import(/* @vite-ignore */ besideScript(path) + (tries ? `&try=${tries}` : ''))) as T;
  } catch (error) {
    failures.set(path, tries + 1);
    throw error;
  }
}

export async function loadLocaleModule(locale: string): Promise<LocaleModule> {
  const inside = INSIDE[locale];
  if (inside) return inside();
  const module = await importBeside<LocaleModule & { supplement?: IntlSupplement }>(`locales/${locale}.js`);
  if (module.supplement) installSupplement(locale, module.supplement);
  return module;
}

/** A language's messages about problems in the data, from beside the script. */
export async function loadProblemMessages(locale: string): Promise<LocaleModule['templates']> {
  return (await importBeside<LocaleModule>(`locales/${locale}.problems.js`)).templates;
}
