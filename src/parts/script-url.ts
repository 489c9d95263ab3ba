/**
 * The address of the single file, for what it loads from beside itself, read while the script
 * runs. The stack of an error made now names the file that runs, as the browser fetched it, in
 * its outermost frame (inner ones may be another script's that wraps `Error`);
 * `document.currentScript` and its `src` do not always: a `<base href>` added to the page after
 * the script tag moves `src` (a `defer` script resolves it late), an `<img name="currentScript">`
 * in the page's content hides the property, and a `type="module"` script has none. Those must
 * not decide where code is imported from. A script written into the page (a CMS that inlines or
 * combines scripts) has no address of its own: then nothing is loaded, and the console says why.
 */
const current = document.currentScript;
const frames = [...(new Error().stack ?? '').matchAll(/(?:^|[\s(@])((?:https?|file):\/\/\S+?)(?=:\d+:\d+)/g)];
const scriptUrl =
  current instanceof HTMLScriptElement && !current.src
    ? ''
    : (frames.at(-1)?.[1] ?? (current instanceof HTMLScriptElement ? current.src : ''));

/**
 * A file beside the single file, with the build's id as `?v=`: a cached file of an older build
 * is never mixed with a newer script (their short message ids would not match).
 */
export function besideScript(path: string): string {
  if (!scriptUrl) throw new Error(`[evolaq] ${path}: the script cannot tell its own address (written into the page?)`);
  const url = new URL(path, scriptUrl);
  url.searchParams.set('v', __EVOLAQ_BUILD__);
  return url.href;
}
