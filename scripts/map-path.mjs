// The compact form of the map's country shapes (src/map/geometry.ts), decoded by src/map/path.ts.
// A shape is rings separated by a space; a ring is its first point, then each point's step from the
// one before, every number zig-zag coded (0, -1, 1, -2… → 0, 1, 2, 3…) and written in base 45 with
// one printable character per digit, least significant first: a character from the first half of
// the alphabet ends a number, one from the second half continues it. Most steps take one character
// per coordinate, where SVG path data takes two or three and a separator: 2.5 KB of gzip, not 3.1.

/** 90 printable ASCII characters: no space (the ring separator), quote, backtick or backslash. */
export const PATH_ALPHABET = [...Array(95)]
  .map((_, i) => String.fromCharCode(32 + i))
  .filter((c) => !` '"\`\\`.includes(c))
  .join('');

const HALF = PATH_ALPHABET.length / 2;

function number(value) {
  let z = value < 0 ? -2 * value - 1 : 2 * value;
  let out = '';
  while (z >= HALF) {
    out += PATH_ALPHABET[HALF + (z % HALF)];
    z = Math.floor(z / HALF);
  }
  return out + PATH_ALPHABET[z];
}

/** Rings of integer [x, y] points → the compact form. */
export function encodePath(rings) {
  return rings
    .map((ring) =>
      ring.map(([x, y], i) => (i ? number(x - ring[i - 1][0]) + number(y - ring[i - 1][1]) : number(x) + number(y))).join(''),
    )
    .join(' ');
}
