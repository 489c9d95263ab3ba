export function messageIds(): Map<string, string>;
export function shortenLocaleKeys(code: string, ids: Map<string, string>, locale?: string): string;
export function pluralCategories(locale: string): Set<string>;
export function localeOfModule(path: string): string | undefined;
export function shortenMessageIds(code: string, ids: Map<string, string>): string;
