// An id for one build of what the single file loads from beside itself (language files, parts),
// sent along as `?v=` so that a browser never mixes a cached file of an older build with a newer
// script: short message ids are positions in a sorted list, so one new message shifts them all.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const read = (path) => readFileSync(new URL(path, root));

export function buildId() {
  const hash = createHash('sha256');
  hash.update(read('package.json'));
  for (const dir of ['src/i18n/generated/locales/', 'src/i18n/generated/problems/', 'src/i18n/supplements/', 'src/parts/']) {
    for (const file of readdirSync(new URL(dir, root)).sort()) hash.update(read(dir + file));
  }
  for (const file of [
    'src/elements/problems/problem-text.ts',
    'src/elements/timeline/ics.ts',
    'src/elements/shared/schema-org.ts',
    'src/data/dates.ts',
    'scripts/locale-shim.js',
    'scripts/message-ids.mjs',
  ]) {
    hash.update(read(file));
  }
  return hash.digest('hex').slice(0, 10);
}
