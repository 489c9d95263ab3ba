import { baseLanguage, canonicalTag } from '../data/text.js';
import { UI_LOCALES, setLocale } from './localization.js';

/*
 * The page's one widget language. lit-localize holds one UI locale per page, so every widget
 * speaks the same language: the first one to connect resolves it from the page, the picker (or
 * `setLanguage`) changes it for all. The full tag (`de-AT`) is kept for Intl and data texts; the
 * UI messages use its base language.
 */

type Origin = 'page' | 'data' | 'choice';

const EU_DEFAULT_REGION: Readonly<Record<string, string>> = { en: 'en-GB', pt: 'pt-PT' };

let active = 'en-GB';
let origin: Origin | undefined;
let pending: Promise<void> = Promise.resolve();
let requestCount = 0;
const listeners = new Set<() => void>();
let htmlObserver: MutationObserver | undefined;
/** The first widget on the page, whose `lang` chain chose the language; the data's default language (else British English). */
let first: Element | undefined;
let dataLanguage = 'en-GB';
/** Where the language shown came from: what a failed choice gives back. */
let shownFrom: Origin | undefined;
/** The language last asked for: `active` once its messages are there. */
let asked = active;

/** The tag to use for Intl and data texts when `tag` is asked for, or undefined when we have no UI for it. */
export function supportedTag(tag: string | null | undefined): string | undefined {
  // "de_DE": how WordPress themes write a locale into <html lang>.
  const canonical = tag ? canonicalTag(tag.trim().replace(/_/g, '-')) : undefined;
  if (!canonical || !UI_LOCALES.includes(baseLanguage(canonical))) return undefined;
  // Plain tags get the EU's conventions: European Portuguese, not Brazilian (Intl's `pt`), and
  // British English dates ("1 February 2016"), not American (Intl's `en`).
  return EU_DEFAULT_REGION[canonical] ?? canonical;
}

/** The active language tag (`lv`, `de-AT`). */
export function activeLanguage(): string {
  return active;
}

/** Resolves when the active language's messages are loaded and every widget has been told. */
export function languageReady(): Promise<void> {
  return pending;
}

/** Calls `listener` after every language change; returns the unsubscribe function. */
export function onLanguageChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Loads a language's messages and tells every widget. Never rejects: when the messages cannot be
 * loaded (a language file missing beside the script, a visitor gone offline), the widgets stay in
 * the language they had, and the console says why. Resolves to false then, else true (also when a later request overtook it).
 */
async function apply(tag: string, from: Origin): Promise<boolean> {
  const request = ++requestCount;
  origin = from;
  asked = tag;
  try {
    await setLocale(baseLanguage(tag));
  } catch (error) {
    // (Asked again, by the site setting <html lang> once more, it is tried again.)
    // A choice that failed is no choice: the site's <html lang> is followed again.
    if (request === requestCount) [asked, origin] = [active, shownFrom];
    console.warn(`[evolaq] The ${tag} messages could not be loaded; the widget stays in ${active}.`, error);
    return false;
  }
  // A later request overtook this one while its messages loaded: that one decides.
  if (request !== requestCount) return true;
  active = tag;
  shownFrom = from;
  document.dispatchEvent(new CustomEvent('evolaq-language-applied', { detail: { language: tag } }));
  for (const listener of listeners) listener();
  return true;
}

/**
 * Switches every widget on the page to `tag`. Returns false (and changes nothing) for a language
 * this build has no messages for.
 */
export function setLanguage(tag: string): Promise<boolean> {
  const supported = supportedTag(tag);
  if (!supported) return Promise.resolve(false);
  const applied = apply(supported, 'choice');
  pending = applied.then(() => undefined);
  return applied;
}

/** `element` and its ancestors (across shadow roots), to `<html>`: the elements whose `lang` speaks for it. */
function langChain(element: Element): Element[] {
  const chain: Element[] = [];
  for (let node: Element | null = element; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null))
    chain.push(node);
  return chain;
}

let candidates: Element[] = [];

/**
 * Called by each widget as it connects. The first one on the page, in document order, decides:
 * elements upgrade in the order their tags are defined, so the decision waits until every widget
 * connecting in this task has had its say. When that one has left the page (a site that swaps its
 * content without reloading: pjax, Turbo, Swup), the next to come decides again, by its own `lang`.
 */
export function resolveStartLanguage(element: Element): void {
  if (origin && first?.isConnected) return;
  candidates.push(element);
  if (candidates.length > 1) return;
  pending = Promise.resolve().then(() => {
    [first] = candidates.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    candidates = [];
    // Any `lang` in the page: the first widget's own and its ancestors' too (a page builder that
    // edits `data-lang`), not only `<html lang>`.
    if (!htmlObserver)
      (htmlObserver = new MutationObserver(followPage)).observe(document.documentElement, {
        attributeFilter: ['lang'],
        subtree: true,
      });
    return followPage();
  });
}

/** The data's `defaultLanguage` is used when the page names no language we have. */
export function offerDataLanguage(tag: string): void {
  const supported = supportedTag(tag);
  if (supported) dataLanguage = supported;
  if (origin === 'data' && supported && supported !== active) pending = apply(supported, 'data').then(() => undefined);
}

/**
 * The page's language for the widget, at the start and after: sites whose own language switcher
 * changes `<html lang>` take the widget along, until a visitor chooses; a `lang` on the first widget
 * or its own ancestors still wins, and a language we have no UI for (or none) means the data's.
 */
function followPage(records?: MutationRecord[]): Promise<void> | undefined {
  if (origin === 'choice') return;
  const chain = first?.isConnected ? langChain(first) : [document.documentElement];
  // Only a `lang` of that chain: another one the page changes (a slide show's quotes) is no reason to
  // ask again for a language whose file failed to load.
  if (records?.every((record) => !chain.includes(record.target as Element))) return;
  const fromPage = chain.map((node) => supportedTag(node.getAttribute('lang'))).find(Boolean);
  origin ??= shownFrom = fromPage ? 'page' : 'data';
  const tag = fromPage ?? dataLanguage;
  // (Against the language last asked for, which may still be loading: a second change in quick
  // succession back to the one shown must overtake the first.)
  if (tag !== asked) return (pending = apply(tag, fromPage ? 'page' : 'data').then(() => undefined));
}
