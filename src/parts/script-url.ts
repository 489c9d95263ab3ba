/**
 * The address of the single file, for what it loads from beside itself. Read while the script
 * runs: later, document.currentScript is someone else's or null.
 */
export const scriptUrl =
  document.currentScript instanceof HTMLScriptElement && document.currentScript.src
    ? document.currentScript.src
    : document.baseURI;
