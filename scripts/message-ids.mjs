// Short message ids for the built files. The source keeps ids that tell translators where a
// message belongs ('count.fromCountries.other'); the build replaces each, in the msg() calls and
// in the language modules alike, with a short key, since every language file repeats all of them.
import { readFileSync } from 'node:fs';

const root = new URL('..', import.meta.url);

/** id → short key, the same for every build: ids sorted, numbered in base 36. */
export function messageIds() {
  const xliff = readFileSync(new URL('locales/de.xlf', root), 'utf8');
  const ids = [...new Set([...xliff.matchAll(/<trans-unit id="([^"]+)"/g)].map((match) => match[1]))].sort();
  return new Map(ids.map((id, index) => [id, index.toString(36)]));
}

/**
 * The plural categories a language's counted phrases can ask for: those of Intl.PluralRules
 * (`pt` is read as `pt-PT`, so both). The others are never looked up (see src/i18n/counts.ts),
 * and a language file need not carry them: German keeps `one` and `other` of six.
 */
export function pluralCategories(locale) {
  const tags = locale === 'pt' ? ['pt', 'pt-PT'] : [locale];
  return new Set(
    tags.flatMap((tag) => {
      const { locale: resolved, pluralCategories } = new Intl.PluralRules(tag).resolvedOptions();
      // A Node without the language's rules (small ICU) would fall back to another language's and
      // leave out forms the browser asks for: refuse to build rather than show English.
      if (resolved.split('-')[0] !== tag.split('-')[0]) {
        throw new Error(`This Node has no plural rules for ${tag} (it gave ${resolved}): build with full ICU.`);
      }
      return pluralCategories;
    }),
  );
}

/**
 * The keys of a generated language module (`'count.x': str`…`), shortened; with a locale, the
 * counted phrases of plural categories that language does not use are left out.
 */
export function shortenLocaleKeys(code, ids, locale) {
  const used = locale ? pluralCategories(locale) : undefined;
  return code
    .replace(/^\s*'count\.[^']+\.(zero|one|two|few|many|other)':.*\n/gm, (whole, category) =>
      used && !used.has(category) ? '' : whole,
    )
    .replace(/^(\s*)'([^']+)':/gm, (whole, space, id) => (ids.has(id) ? `${space}'${ids.get(id)}':` : whole));
}

/** The language of a generated language module, from its path (`…/generated/locales/de.ts`, `…/generated/problems/de.ts`). */
export function localeOfModule(path) {
  return /[\\/]generated[\\/](?:locales|problems)[\\/]([\w-]+)\.ts$/.exec(path)?.[1];
}

/** The ids in msg() options (`id: 'count.x'`), shortened. */
export function shortenMessageIds(code, ids) {
  return code.replace(/\bid: '([^']+)'/g, (whole, id) => (ids.has(id) ? `id: '${ids.get(id)}'` : whole));
}
