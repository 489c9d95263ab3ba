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

/** The keys of a generated language module (`'count.x': str`…`), shortened. */
export function shortenLocaleKeys(code, ids) {
  return code.replace(/^(\s*)'([^']+)':/gm, (whole, space, id) => (ids.has(id) ? `${space}'${ids.get(id)}':` : whole));
}

/** The ids in msg() options (`id: 'count.x'`), shortened. */
export function shortenMessageIds(code, ids) {
  return code.replace(/\bid: '([^']+)'/g, (whole, id) => (ids.has(id) ? `id: '${ids.get(id)}'` : whole));
}
