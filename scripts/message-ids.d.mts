export function messageIds(): Map<string, string>;
export function shortenLocaleKeys(code: string, ids: Map<string, string>): string;
export function shortenMessageIds(code: string, ids: Map<string, string>): string;
