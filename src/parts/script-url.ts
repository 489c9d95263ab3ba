/**
 * The address of the single file, for what it loads from beside itself, read while the script
 * runs. The stack of an error made now names the file that runs, as the browser fetched it;
 * `document.currentScript` and its `src` do not always: a `<base href>` added to the page after
 * the script tag moves `src` (a `defer` script resolves it late), an `<img name="currentScript">`
 * in the page's content hides the property, and a `type="module"` script has none. Those must
 * not decide where code is imported from. (No address, no parts: they are never guessed from
 * the page's own address.)
 */
const scriptUrl =
  /(?:https?|file):\/\/\S+?(?=:\d+:\d+)/.exec(new Error().stack ?? '')?.[0] ??
  (document.currentScript instanceof HTMLScriptElement ? document.currentScript.src : '');

/**
 * A file beside the single file, with the build's id as `?v=`: a cached file of an older build
 * is never mixed with a newer script (their short message ids would not match).
 */
export function besideScript(path: string): string {
  const url = new URL(path, scriptUrl);
  url.searchParams.set('v', __EVOLAQ_BUILD__);
  return url.href;
}
