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
