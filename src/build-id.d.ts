/** The build's id (scripts/build-id.mjs), defined by vite in the single-file build only. */
declare const __EVOLAQ_BUILD__: string;
