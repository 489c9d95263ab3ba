import { COUNTRIES, PATH_ALPHABET } from './geometry.js';

const HALF = PATH_ALPHABET.length / 2;

/**
 * SVG path data from the compact form of scripts/map-path.mjs: each ring an absolute move, then
 * relative lines. Only decoding: the shapes were projected and simplified at build time.
 */
export function decodePath(encoded: string): string {
  let d = '';
  for (const ring of encoded.split(' ')) {
    let count = 0;
    let value = 0;
    let scale = 1;
    for (const char of ring) {
      const digit = PATH_ALPHABET.indexOf(char);
      if (digit >= HALF) {
        value += (digit - HALF) * scale;
        scale *= HALF;
        continue;
      }
      value += digit * scale;
      d += (count === 0 ? 'M' : count === 2 ? 'l' : ' ') + (value % 2 ? -(value + 1) / 2 : value / 2);
      count++;
      value = 0;
      scale = 1;
    }
    d += 'z';
  }
  return d;
}

const paths = new Map<string, string>();

/** The outline of a country as SVG path data, decoded once per page. */
export function countryPath(code: string): string {
  let path = paths.get(code);
  if (path === undefined) paths.set(code, (path = decodePath(COUNTRIES[code])));
  return path;
}
