import { COUNTRIES, PATH_ALPHABET } from './geometry.js';

const HALF = PATH_ALPHABET.length / 2;

/**
 * The numbers of each ring of the compact form of scripts/map-path.mjs: an absolute move, then
 * relative lines (x, y, dx, dy, dx, dy, …). Only decoding: the shapes were projected and
 * simplified at build time.
 */
function decodeRings(encoded: string): number[][] {
  return encoded.split(' ').map((ring) => {
    const numbers: number[] = [];
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
      numbers.push(value % 2 ? -(value + 1) / 2 : value / 2);
      value = 0;
      scale = 1;
    }
    return numbers;
  });
}

/** SVG path data from the compact form. */
export function decodePath(encoded: string): string {
  return decodeRings(encoded)
    .map(([x, y, ...lines]) => `M${x} ${y}${lines.length ? `l${lines.join(' ')}` : ''}z`)
    .join('');
}

const paths = new Map<string, string>();

/** The outline of a country as SVG path data, decoded once per page. */
export function countryPath(code: string): string {
  let path = paths.get(code);
  if (path === undefined) paths.set(code, (path = decodePath(COUNTRIES[code])));
  return path;
}

/**
 * Each country's rings as absolute points (x, y, x, y, …) after the box they span (left, top,
 * right, bottom), made when first asked.
 */
const outlines = new Map<string, number[][]>();

/**
 * Whether the point (map units) is inside the country's drawn outline (a hole, a ring inside
 * another, is outside); undefined for a country the map does not draw (Malta, or one beyond it).
 */
export function insideCountry(code: string, x: number, y: number): boolean | undefined {
  let rings = outlines.get(code);
  if (!rings) {
    if (!COUNTRIES[code]) return undefined;
    rings = decodeRings(COUNTRIES[code]).map((ring) => {
      for (let i = 2; i < ring.length; i++) ring[i] += ring[i - 2];
      const xs = ring.filter((_, i) => !(i & 1));
      const ys = ring.filter((_, i) => i & 1);
      return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys), ...ring];
    });
    outlines.set(code, rings);
  }
  // A ray to the right crosses the outline an odd number of times from inside; none crosses a ring
  // it passes above, below or to the right of (most of a country's islands, for most points).
  let inside = false;
  for (const r of rings)
    if (y >= r[1] && y <= r[3] && x < r[2])
      for (let i = 4, j = r.length - 2; i < r.length; j = i, i += 2)
        if (r[i + 1] > y !== r[j + 1] > y && x < ((r[j] - r[i]) * (y - r[i + 1])) / (r[j + 1] - r[i + 1]) + r[i])
          inside = !inside;
  return inside;
}
