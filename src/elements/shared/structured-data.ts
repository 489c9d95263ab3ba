import { html, render } from 'lit';
import type { EvolaqData } from '../../data/types.js';
import { countryName } from '../../i18n/intl.js';
import { loadSchemaPart } from '../../parts/load.js';
import { pageAddress } from './page-address.js';
import { textValue, type RenderContext } from './text.js';

/*
 * The schema.org JSON-LD of elements with `structured-data`: the writer and its builder are a part
 * (schema-org.ts), loaded when an element first asks. Every call goes through the one promise, so
 * they run in the order they were made.
 */

let part: Promise<Awaited<ReturnType<typeof loadSchemaPart>> | undefined> | undefined;

/**
 * Writes (or, with `data` undefined, removes) the element's JSON-LD in its light DOM, once the
 * part is loaded; the promise settles when it is written. Removing loads nothing: nothing was written.
 */
export function writeStructuredData(host: Element, context: RenderContext, data: EvolaqData | undefined): Promise<void> {
  if (!data && !part) return Promise.resolve();
  // If it cannot be loaded, said once, and no structured data.
  part ??= loadSchemaPart().catch((error: unknown) => {
    console.warn('[evolaq] The structured data could not be loaded: is dist/schema-org.js beside the script?', error);
    return undefined;
  });
  return part.then((loaded) =>
    loaded?.writeStructuredData({ textValue, countryName, pageAddress, html, render }, host, context, data),
  );
}
