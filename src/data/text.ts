import type { Text } from './types.js';

/** A text chosen for display, and the language it is written in. */
export interface PickedText {
  readonly value: string;
  readonly lang: string;
}

/** The canonical form of a BCP 47 tag (`de-at` → `de-AT`), or undefined when it is not one. */
export function canonicalTag(tag: string): string | undefined {
  // BCP 47 allows 5-8 letter language subtags, but none is registered: "english" is a typo.
  if (!/^[a-z]{2,3}(-|$)/i.test(tag)) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
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
