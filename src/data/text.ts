import type { Text } from './types.js';

/** A text chosen for display, and the language it is written in. */
export interface PickedText {
  readonly value: string;
  readonly lang: string;
}

const canonical = new Map<string, string | undefined>();

/** The canonical form of a BCP 47 tag (`de-at` → `de-AT`), or undefined when it is not one. Memoised. */
export function canonicalTag(tag: string): string | undefined {
  if (canonical.has(tag)) return canonical.get(tag);
  let result: string | undefined;
  // BCP 47 allows 5-8 letter language subtags, but none is registered: "english" is a typo.
  if (/^[a-z]{2,3}(-|$)/i.test(tag)) {
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
 * Closes the bidi embeddings, overrides and isolates a text opens (and drops closers it has no
 * opener for), so a stray U+202E in a partner's name cannot reverse the text after it on the page.
 */
export function balanceBidi(text: string): string {
  if (!/[\u202a-\u202e\u2066-\u2069]/.test(text)) return text;
  const open: string[] = [];
  let result = '';
  for (const char of text) {
    if (/[\u202a\u202b\u202d\u202e]/.test(char)) open.push('\u202c');
    else if (/[\u2066-\u2068]/.test(char)) open.push('\u2069');
    else if (char === '\u202c') {
      // A PDF closes an embedding, never an isolate.
      if (open[open.length - 1] !== '\u202c') continue;
      open.pop();
    } else if (char === '\u2069') {
      // A PDI closes its isolate and whatever was opened inside it.
      const isolate = open.lastIndexOf('\u2069');
      if (isolate < 0) continue;
      open.length = isolate;
    }
    result += char;
  }
  return result + open.reverse().join('');
}

/** `de-AT` → `de`. */
export function baseLanguage(tag: string): string {
  return tag.split('-')[0].toLowerCase();
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
