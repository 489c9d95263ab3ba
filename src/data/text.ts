import type { Text } from './types.js';

/** A text chosen for display, and the language it is written in. */
export interface PickedText {
  readonly value: string;
  readonly lang: string;
}

const canonical = new Map<string, string | undefined>();

/**
 * The longest language tag read: RFC 5646 asks for at least 35 characters (4.4.1); real tags,
 * `sr-Latn-RS`, `ca-ES-valencia`, `de-DE-u-co-phonebk`, are far shorter.
 */
const MAX_TAG_LENGTH = 64;

/** The canonical form of a BCP 47 tag (`de-at` → `de-AT`), or undefined when it is not one. Memoised. */
export function canonicalTag(tag: string): string | undefined {
  if (canonical.has(tag)) return canonical.get(tag);
  let result: string | undefined;
  // BCP 47 allows 5-8 letter language subtags, but none is registered: "english" is a typo.
  // Longer than MAX_TAG_LENGTH is no language either: Intl takes time quadratic in the number of
  // variants or extension keys (a key of 40,000 variants, 240 KB of data, froze the page for 10 s).
  if (tag.length <= MAX_TAG_LENGTH && /^[a-z]{2,3}(-|$)/i.test(tag)) {
    try {
      result = Intl.getCanonicalLocales(tag)[0];
    } catch {
      result = undefined;
    }
  }
  if (canonical.size < 1000) canonical.set(tag, result);
  return result;
}

/**
 * Closes the bidi isolates, embeddings and overrides a text may open, so a stray U+202E in a
 * partner's name cannot reverse the text after it on the page: a PDI for each isolate opener,
 * then a PDF for each embedding or override (a PDI also closes what was opened inside its
 * isolate; a closer with nothing open is ignored, so closing too much is harmless).
 */
export function balanceBidi(text: string): string {
  // One quick look first: nearly no text has any (validation reads thousands).
  if (!/[\u202a-\u202e\u2066-\u2069]/.test(text)) return text;
  const count = (openers: RegExp) => text.match(openers)?.length ?? 0;
  return text + '\u2069'.repeat(count(/[\u2066-\u2068]/g)) + '\u202c'.repeat(count(/[\u202a\u202b\u202d\u202e]/g));
}

/** `de-AT` → `de`. */
export function baseLanguage(tag: string): string {
  const dash = tag.indexOf('-');
  return (dash < 0 ? tag : tag.slice(0, dash)).toLowerCase();
}

/**
 * Chooses the text to show for `requested`: the exact tag, its base language (or another region
 * of it: `de-AT` text for a `de` reader), the document's default language, English, then the
 * first one present. `pt` asks for European Portuguese first.
 */
export function pickText(text: Text, requested: string, defaultLanguage: string): PickedText {
  const exact = text[requested];
  if (exact !== undefined && requested !== 'pt') return { value: exact, lang: requested };
  const base = baseLanguage(requested);
  // The next in the chain below, without building it: an `en-GB` page (the EU's English) reads
  // `en` texts, thousands in a long timeline.
  const plain = text[base];
  if (plain !== undefined && requested !== 'pt') return { value: plain, lang: base };
  const tags = Object.keys(text);
  const chain = [
    ...(requested === 'pt' ? ['pt-PT'] : []),
    requested,
    base,
    tags.find((tag) => baseLanguage(tag) === base),
    defaultLanguage,
    baseLanguage(defaultLanguage),
    'en',
    tags[0],
  ];
  for (const tag of chain) {
    if (tag !== undefined && text[tag] !== undefined) return { value: text[tag], lang: tag };
  }
  return { value: '', lang: defaultLanguage };
}

/** True when text in `textLang` needs its own `lang` attribute inside content in `contextLang`. */
export function needsOwnLang(textLang: string, contextLang: string): boolean {
  if (textLang.toLowerCase() === contextLang.toLowerCase()) return false;
  // Text in plain `de` reads fine inside `de-AT` content; `de-AT` text inside `de` too.
  const textHasRegion = textLang.includes('-');
  const contextHasRegion = contextLang.includes('-');
  if (textHasRegion && contextHasRegion) return true;
  return baseLanguage(textLang) !== baseLanguage(contextLang);
}
