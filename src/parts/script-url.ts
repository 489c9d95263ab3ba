/**
 * The address of the single file, for what it loads from beside itself. Read while the script
 * runs: later, document.currentScript is someone else's or null.
 */
const scriptUrl =
  document.currentScript instanceof HTMLScriptElement && document.currentScript.src
    ? document.currentScript.src
    : document.baseURI;

/**
 * A file beside the single file, with the build's id as `?v=`: a cached file of an older build
 * is never mixed with a newer script (their short message ids would not match).
 */
export function besideScript(path: string): string {
  const url = new URL(path, scriptUrl);
  url.searchParams.set('v', __EVOLAQ_BUILD__);
  return url.href;
}
