import { html, render } from 'lit';
import type { EvolaqData } from '../../data/types.js';
import { countryName } from '../../i18n/intl.js';
import { loadSchemaPart } from '../../parts/load.js';
import { pageAddress } from './page-address.js';
import { textValue, type RenderContext } from './text.js';

/*
 * Writes the schema.org JSON-LD (built by schema-org.ts) into the light DOM, where search engines
 * read it (they do not read shadow roots), with Lit's `render()`, which sets the script's text
 * through a text node: no HTML parsing, and no Trusted Types violation where setting
 * `textContent` of a script would be one.
 */

let loadingSchema: Promise<Awaited<ReturnType<typeof loadSchemaPart>> | undefined> | undefined;

/** The builder, loaded once per page; if it cannot be, said once, and no structured data. */
function schemaPart() {
  loadingSchema ??= loadSchemaPart().catch((error: unknown) => {
    console.warn('[evolaq] The structured data could not be loaded: is dist/schema-org.js beside the script?', error);
    return undefined;
  });
  return loadingSchema;
}

const containers = new WeakMap<Element, HTMLElement>();
/** What each element last wrote, so that re-renders (a meeting opened, "show more") write nothing. */
const written = new WeakMap<Element, { data: EvolaqData; lang: string }>();
/** Elements that left their data to another element that had written the same. */
const waiting = new Set<Element>();

/** A block was removed or changed: the elements that left it to its writer write theirs again. */
function handOver(): void {
  for (const host of [...waiting]) {
    waiting.delete(host);
    written.delete(host);
    (host as Element & { requestUpdate(): void }).requestUpdate();
  }
}

/**
 * Writes (or, with `data` undefined, removes) the element's JSON-LD in its light DOM, once the
 * builder is loaded; the promise settles when it is written.
 */
export async function writeStructuredData(host: Element, context: RenderContext, data: EvolaqData | undefined): Promise<void> {
  // A copy of another element's block (a carousel's cloneNode of a rendered element) is no one's.
  for (const copy of host.querySelectorAll(':scope > [data-evolaq-structured-data]'))
    if (copy !== containers.get(host)) copy.remove();
  if (!data) {
    const container = containers.get(host);
    container?.remove();
    containers.delete(host);
    written.delete(host);
    waiting.delete(host);
    if (container) handOver();
    return;
  }
  const last = written.get(host);
  if (last?.data === data && last.lang === context.lang && (waiting.has(host) || containers.get(host)?.parentNode === host))
    return;
  written.set(host, { data, lang: context.lang });
  const part = await schemaPart();
  // Something newer was asked for meanwhile (other data, another language, or nothing).
  if (!part || written.get(host)?.data !== data || written.get(host)?.lang !== context.lang) return;
  // `<` escaped, so no text in the data can close the script even if read as HTML.
  const json = JSON.stringify(part.structuredData({ textValue, countryName }, context, data, pageAddress())).replace(
    /</g,
    '\\u003c',
  );
  let container = containers.get(host);
  // Elements that show the same data (a summary and a timeline, say) write it once: search engines
  // would take every copy for one more project.
  for (const other of document.querySelectorAll('[data-evolaq-structured-data]')) {
    if (other !== container && other.textContent!.trim() === json) {
      container?.remove();
      containers.delete(host);
      waiting.add(host);
      return;
    }
  }
  waiting.delete(host);
  if (!container) {
    container = document.createElement('div');
    container.hidden = true;
    container.dataset.evolaqStructuredData = '';
    containers.set(host, container);
  }
  if (container.parentNode !== host) host.append(container);
  const before = container.textContent!.trim();
  render(
    html`<script type="application/ld+json">
      ${json}
    </script>`,
    container,
  );
  // Others may have left their data, the same as this one's was, to this element.
  if (before && before !== json) handOver();
}
