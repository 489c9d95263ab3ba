export const PATH_ALPHABET: string;
export function encodePath(rings: readonly (readonly (readonly [number, number])[])[] | number[][][]): string;
