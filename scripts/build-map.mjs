// Builds src/map/geometry.ts: Europe from Natural Earth 1:50m (world-atlas), projected once with a
// Lambert azimuthal equal-area projection centred on 52°N 10°E (like ETRS89-LAEA), simplified and
// written as compact SVG path data. Run with `npm run map:build`; the output is committed.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { feature, merge } from 'topojson-client';
import { geoArea, geoAzimuthalEqualArea, geoCentroid, geoPath } from 'd3-geo';
import { PATH_ALPHABET, encodePath } from './map-path.mjs';

const require = createRequire(import.meta.url);
const OUT = new URL('../src/map/geometry.ts', import.meta.url);

// Fixed extent (not fit-to-features): Iceland and Portugal to the Black Sea, North Cape to Crete and Cyprus.
const WIDTH = 1000;
const HEIGHT = 930;
const ROTATE = [-10, -52];
const SCALE = 1450;
const TRANSLATE = [400, 515];

// Areas in map units² (1 unit ≈ 4.4 km). Visvalingam drops vertices whose triangle is smaller than
// SIMPLIFY_AREA; whole rings smaller than MIN_RING_AREA vanish.
const SIMPLIFY_AREA = 90;
const MIN_RING_AREA = 10;
// A microstate smaller than this (≈ 1.5 px square at a 300 px wide map) is not drawn as a shape but
// listed in MISSING_SMALL_STATES, so the element can give it a marker that is visible at every size.
// Holes it leaves in its neighbour (San Marino and the Vatican in Italy) are filled the same way.
const MICROSTATE_MIN_AREA = 25;
const MICROSTATES = ['AD', 'LI', 'MC', 'MT', 'SM', 'VA'];
// Countries shown only for context, beyond Europe: coastlines and borders that only they use are
// simplified CONTEXT_FACTOR times harder, which leaves more of the budget to Europe.
const CONTEXT = new Set('AM AZ DZ EG GL IL IQ IR JO KZ LB LY MA PS RU SA SY TN TR'.split(' '));
const CONTEXT_FACTOR = 16;

// ISO 3166-1 numeric → alpha-2 for every country that reaches into the extent (and a few neighbours).
// A country that reaches in without an entry here stops the build, so the table cannot silently rot.
const ALPHA2 = {
  '008': 'AL',
  '012': 'DZ',
  '020': 'AD',
  '031': 'AZ',
  '040': 'AT',
  '051': 'AM',
  '056': 'BE',
  '070': 'BA',
  100: 'BG',
  112: 'BY',
  191: 'HR',
  196: 'CY',
  203: 'CZ',
  208: 'DK',
  233: 'EE',
  234: 'FO',
  246: 'FI',
  248: 'FI',
  250: 'FR',
  268: 'GE',
  275: 'PS',
  276: 'DE',
  292: 'GI',
  300: 'GR',
  304: 'GL',
  336: 'VA',
  348: 'HU',
  352: 'IS',
  364: 'IR',
  368: 'IQ',
  372: 'IE',
  376: 'IL',
  380: 'IT',
  398: 'KZ',
  400: 'JO',
  422: 'LB',
  428: 'LV',
  434: 'LY',
  438: 'LI',
  440: 'LT',
  442: 'LU',
  470: 'MT',
  492: 'MC',
  498: 'MD',
  499: 'ME',
  504: 'MA',
  528: 'NL',
  578: 'NO',
  616: 'PL',
  620: 'PT',
  642: 'RO',
  643: 'RU',
  674: 'SM',
  682: 'SA',
  688: 'RS',
  703: 'SK',
  705: 'SI',
  724: 'ES',
  752: 'SE',
  756: 'CH',
  760: 'SY',
  788: 'TN',
  792: 'TR',
  804: 'UA',
  807: 'MK',
  818: 'EG',
  826: 'GB',
  831: 'GG',
  832: 'JE',
  833: 'IM',
};
// Natural Earth shapes without a numeric code. Åland (248, above) is drawn as part of Finland and
// Northern Cyprus as part of Cyprus: this map shows states, not autonomous or disputed regions.
const ALPHA2_BY_NAME = { Kosovo: 'XK', 'N. Cyprus': 'CY' };

const projection = geoAzimuthalEqualArea()
  .rotate(ROTATE)
  .scale(SCALE)
  .translate(TRANSLATE)
  .precision(0) // no adaptive resampling: keep exactly the simplified vertices
  .clipExtent([
    [0, 0],
    [WIDTH, HEIGHT],
  ]);
const unclipped = geoAzimuthalEqualArea().rotate(ROTATE).scale(SCALE).translate(TRANSLATE);

const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));

/**
 * Absolute lon/lat arcs, simplified in projected units so that shared borders stay shared. Arcs that
 * only context countries use (outside the EU's neighbourhood) are simplified harder.
 */
function simplifiedArcs(topo, users) {
  const [sx, sy] = topo.transform.scale;
  const [tx, ty] = topo.transform.translate;
  return topo.arcs.map((arc, i) => {
    let x = 0;
    let y = 0;
    const points = arc.map(([dx, dy]) => [(x += dx) * sx + tx, (y += dy) * sy + ty]);
    const contextOnly = [...(users.get(i) ?? [])].every((code) => CONTEXT.has(code));
    const minArea = contextOnly ? SIMPLIFY_AREA * CONTEXT_FACTOR : SIMPLIFY_AREA;
    return visvalingam(
      points,
      points.map((p) => unclipped(p)),
      minArea,
    );
  });
}

/** Arc index → alpha-2 codes of the countries whose borders use it. */
function arcUsers(topo) {
  const users = new Map();
  const visit = (arcs, code) => {
    for (const a of arcs) {
      if (Array.isArray(a)) visit(a, code);
      else {
        const i = a < 0 ? ~a : a;
        users.set(i, (users.get(i) ?? new Set()).add(code));
      }
    }
  };
  for (const g of topo.objects.countries.geometries) if (g.arcs && codeOf(g)) visit(g.arcs, codeOf(g));
  return users;
}

/**
 * Which countries to draw with reversed rings. Neighbours normally run along their shared border in
 * opposite directions; when one is reversed both emit the same relative coordinates there, which gzip
 * then stores once. Orientation does not change the nonzero fill as long as a country's holes flip too.
 * Greedy local search for a heavy cut of the neighbour graph, weighted by shared vertices.
 */
function chooseReversed(users, arcs) {
  const weight = new Map();
  for (const [i, codes] of users) {
    if (codes.size !== 2) continue;
    const key = [...codes].sort().join();
    weight.set(key, (weight.get(key) ?? 0) + arcs[i].length);
  }
  const reversed = new Set();
  const gain = (code) => {
    let sum = 0;
    for (const [key, w] of weight) {
      const [a, b] = key.split(',');
      if (a !== code && b !== code) continue;
      const other = a === code ? b : a;
      sum += reversed.has(code) === reversed.has(other) ? w : -w;
    }
    return sum;
  };
  const codes = [...new Set([...users.values()].flatMap((c) => [...c]))].sort();
  for (let changed = true; changed;) {
    changed = false;
    for (const code of codes) {
      if (gain(code) > 0) {
        if (reversed.has(code)) reversed.delete(code);
        else reversed.add(code);
        changed = true;
      }
    }
  }
  return reversed;
}

/** Visvalingam–Whyatt: repeatedly drop the vertex with the smallest effective triangle area. */
function visvalingam(points, projected, minArea) {
  const n = points.length;
  if (n <= 2) return points;
  const prev = Int32Array.from({ length: n }, (_, i) => i - 1);
  const next = Int32Array.from({ length: n }, (_, i) => i + 1);
  const area = new Float64Array(n).fill(Infinity);
  const tri = (a, b, c) => {
    const [ax, ay] = projected[a];
    const [bx, by] = projected[b];
    const [cx, cy] = projected[c];
    return Math.abs((bx - ax) * (cy - ay) - (cx - ax) * (by - ay)) / 2;
  };
  const heap = new MinHeap((a, b) => a[0] - b[0]);
  for (let i = 1; i < n - 1; i++) heap.push([(area[i] = tri(i - 1, i, i + 1)), i]);
  const removed = new Uint8Array(n);
  // A closed arc (an island) keeps a triangle; rings too small to see are dropped after projection.
  const closed = points[0][0] === points[n - 1][0] && points[0][1] === points[n - 1][1];
  let left = n;
  let floor = 0;
  while (heap.size && !(closed && left <= 4)) {
    const [a, i] = heap.pop();
    if (removed[i] || a !== area[i]) continue; // stale entry
    if (a >= minArea) break;
    // An effective area never drops below the one just removed, so small features go in order.
    floor = Math.max(floor, a);
    removed[i] = 1;
    left--;
    const p = prev[i];
    const q = next[i];
    next[p] = q;
    prev[q] = p;
    for (const j of [p, q]) {
      if (j > 0 && j < n - 1) heap.push([(area[j] = Math.max(floor, tri(prev[j], j, next[j]))), j]);
    }
  }
  return points.filter((_, i) => !removed[i]);
}

class MinHeap {
  constructor(compare) {
    this.items = [];
    this.compare = compare;
  }
  get size() {
    return this.items.length;
  }
  push(item) {
    const a = this.items;
    a.push(item);
    for (let i = a.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      if (this.compare(a[i], a[parent]) >= 0) break;
      [a[i], a[parent]] = [a[parent], a[i]];
      i = parent;
    }
  }
  pop() {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length) {
      a[0] = last;
      for (let i = 0; ;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.compare(a[l], a[m]) < 0) m = l;
        if (r < a.length && this.compare(a[r], a[m]) < 0) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m], a[i]];
        i = m;
      }
    }
    return top;
  }
}

const ringArea = (ring) => {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  }
  return Math.abs(sum) / 2;
};

/** Projects, clips and rounds a GeoJSON geometry into integer rings. */
function projectRings(geometry) {
  const rings = [];
  let ring;
  const context = {
    moveTo(x, y) {
      ring = [[Math.round(x), Math.round(y)]];
      rings.push(ring);
    },
    lineTo(x, y) {
      const p = [Math.round(x), Math.round(y)];
      const last = ring[ring.length - 1];
      if (p[0] !== last[0] || p[1] !== last[1]) ring.push(p);
    },
    closePath() {
      const [first, last] = [ring[0], ring[ring.length - 1]];
      if (ring.length > 1 && first[0] === last[0] && first[1] === last[1]) ring.pop();
    },
    arc() {},
  };
  geoPath(projection, context)(geometry);
  return rings.filter((r) => r.length >= 3 && ringArea(r) >= MIN_RING_AREA);
}

/**
 * Drops the holes of microstates (filled instead, under their markers) and islands that
 * simplification turned inside out: on the sphere a ring wound the wrong way encloses the whole
 * rest of the world instead of the island.
 */
function cleanPolygons(geometry) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const isMicroHole = (hole) => ringArea(hole.map((p) => unclipped(p))) < MICROSTATE_MIN_AREA;
  const kept = polygons
    .filter(([outer]) => geoArea({ type: 'Polygon', coordinates: [outer] }) < 2 * Math.PI)
    .map(([outer, ...holes]) => [outer, ...holes.filter((hole) => !isMicroHole(hole))]);
  return { type: 'MultiPolygon', coordinates: kept };
}

const codeOf = (g) => ALPHA2[g.id] ?? ALPHA2_BY_NAME[g.properties.name];
const users = arcUsers(topology);
// Arcs become absolute lon/lat, so the quantization transform goes.
const simplified = { ...topology, transform: undefined, arcs: simplifiedArcs(topology, users) };
const reversed = chooseReversed(users, simplified.arcs);
const groups = new Map();
for (const g of topology.objects.countries.geometries) {
  const code = codeOf(g);
  if (!code) {
    // Anything unnamed must lie wholly outside the extent.
    if (geoPath(projection).area(feature(topology, g)) > 0) {
      throw new Error(`No alpha-2 code for ${g.id} ${g.properties.name}, which reaches into the map`);
    }
    continue;
  }
  groups.set(code, [...(groups.get(code) ?? []), g]);
}

const countries = {};
const missing = [];
const smallStatePositions = {};
for (const [code, geometries] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
  const geometry = geometries.length > 1 ? merge(simplified, geometries) : feature(simplified, geometries[0]).geometry;
  const rings = projectRings(cleanPolygons(geometry));
  const drawnArea = rings.reduce((sum, r) => sum + ringArea(r), 0);
  if (MICROSTATES.includes(code) && drawnArea < MICROSTATE_MIN_AREA) {
    missing.push(code);
    // Centroid of the full-detail shape: the simplified one may be gone altogether.
    const [x, y] = unclipped(geoCentroid(feature(topology, geometries[0])));
    smallStatePositions[code] = [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
    continue;
  }
  if (reversed.has(code)) for (const ring of rings) ring.push(...ring.splice(1).reverse());
  if (rings.length) countries[code] = encodePath(rings);
}
for (const code of MICROSTATES) {
  if (!groups.has(code)) throw new Error(`${code} is not in the source data; give it a position by hand`);
}

const source = `// Generated by scripts/build-map.mjs — do not edit.
// Natural Earth 1:50m country shapes (public domain) via world-atlas, Lambert azimuthal equal-area
// centred on 52°N 10°E, clipped to the view box, Visvalingam-simplified (${SIMPLIFY_AREA} units²).

export const MAP_WIDTH = ${WIDTH};
export const MAP_HEIGHT = ${HEIGHT};

export const PROJECTION = { scale: ${SCALE}, translate: [${TRANSLATE.join(', ')}], rotate: [${ROTATE.join(', ')}] } as const;

/** European states too small to draw at this scale, to be shown as markers instead. */
export const MISSING_SMALL_STATES: readonly string[] = [${missing.map((c) => `'${c}'`).join(', ')}];

/** Projected centres of MISSING_SMALL_STATES, in map units. */
export const SMALL_STATE_POSITIONS: Record<string, [number, number]> = {
${Object.entries(smallStatePositions)
  .map(([code, [x, y]]) => `  ${code}: [${x}, ${y}],`)
  .join('\n')}
};

/** The characters of the compact shapes (see scripts/map-path.mjs; src/map/path.ts decodes them). */
export const PATH_ALPHABET = '${PATH_ALPHABET}';

/** ISO 3166-1 alpha-2 code → the country's shape in map units, in compact form, for every country inside the view box. */
export const COUNTRIES: Record<string, string> = {
${Object.entries(countries)
  .map(([code, d]) => `  ${code}: '${d}',`)
  .join('\n')}
};
`;

mkdirSync(new URL('.', OUT), { recursive: true });
writeFileSync(OUT, source);
const gzip = gzipSync(source, { level: 9 }).length;
console.log(
  `src/map/geometry.ts: ${Object.keys(countries).length} countries, ${Buffer.byteLength(source)} bytes, ` +
    `${gzip} bytes gzip -9 (${(gzip / 1024).toFixed(2)} KiB); markers for ${missing.join(' ') || 'none'}`,
);
