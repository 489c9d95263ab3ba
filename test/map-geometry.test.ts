import { expect } from '@open-wc/testing';
import { geoAzimuthalEqualArea } from 'd3-geo';
import {
  COUNTRIES,
  MAP_HEIGHT,
  MAP_WIDTH,
  MISSING_SMALL_STATES,
  PROJECTION,
  SMALL_STATE_POSITIONS,
} from '../src/map/geometry.js';
import { countryPath as pathData, decodePath, insideCountry } from '../src/map/path.js';
import { isInsideMap, projectLatLon } from '../src/map/projection.js';
import { encodePath } from '../scripts/map-path.mjs';

const PARTNERS = [
  { name: 'Norrköping', lat: 58.588, lon: 16.192, country: 'SE' },
  { name: 'Skövde', lat: 58.39, lon: 13.846, country: 'SE' },
  { name: 'Collecchio', lat: 44.753, lon: 10.216, country: 'IT' },
  { name: 'Cervia', lat: 44.259, lon: 12.35, country: 'IT' },
  { name: 'Dubrovnik', lat: 42.651, lon: 18.094, country: 'HR' },
  { name: 'Daugavpils', lat: 55.875, lon: 26.536, country: 'LV' },
  { name: 'Pforzheim', lat: 48.892, lon: 8.695, country: 'DE' },
  { name: 'Linz', lat: 48.307, lon: 14.286, country: 'AT' },
  { name: 'Ilmajoki', lat: 62.733, lon: 22.583, country: 'FI' },
];
const COASTAL = ['Cervia', 'Dubrovnik'];
// A coastal town may sit just off its country's simplified coastline.
const COASTAL_TOLERANCE = 4;

const EXTREMES: [string, number, number][] = [
  ['Cabo da Roca', 38.781, -9.5],
  ['North Cape', 71.17, 25.78],
  ['Iceland, west', 65.0, -24.5],
  ['Cyprus, Cape Andreas', 35.69, 34.59],
  ['Canary Islands', 28.1, -15.4],
  ['Ural', 56.8, 60.6],
  ['Batumi', 41.64, 41.64],
  ['South Pole', -90, 0],
  ['Equator, 170° W', 0, -170],
  ['centre', 52, 10],
];

const SVG_NS = 'http://www.w3.org/2000/svg';

function countryPath(code: string): { path: SVGPathElement; remove: () => void } {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', `0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`);
  svg.setAttribute('width', String(MAP_WIDTH));
  svg.setAttribute('height', String(MAP_HEIGHT));
  const path = document.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', pathData(code));
  svg.append(path);
  document.body.append(svg);
  return { path, remove: () => svg.remove() };
}

function nearestInside(path: SVGPathElement, [x, y]: [number, number]): number | undefined {
  if (path.isPointInFill(new DOMPoint(x, y))) return 0;
  for (let r = 0.5; r <= COASTAL_TOLERANCE; r += 0.5) {
    for (let a = 0; a < 32; a++) {
      const angle = (a / 32) * 2 * Math.PI;
      if (path.isPointInFill(new DOMPoint(x + r * Math.cos(angle), y + r * Math.sin(angle)))) return r;
    }
  }
  return undefined;
}

describe('map geometry', () => {
  const d3 = geoAzimuthalEqualArea()
    .rotate([...PROJECTION.rotate])
    .scale(PROJECTION.scale)
    .translate([...PROJECTION.translate]);

  it('decodes the compact shapes into the points the build encoded', () => {
    // Steps of every size the coding meets: one character, two, three; negative and zero.
    const rings = [
      [
        [0, 0],
        [1, -1],
        [23, 0],
        [-22, 44],
        [1000, 929],
        [-3000, 5],
      ],
      [
        [500, 465],
        [499, 466],
        [512, 430],
      ],
    ];
    const absolute = rings.map((ring) =>
      ring.map(([x, y], i) => (i ? `${x - ring[i - 1][0]} ${y - ring[i - 1][1]}` : `${x} ${y}`)),
    );
    const expected = absolute.map(([first, ...steps]) => `M${first}l${steps.join(' ')}z`).join('');
    expect(decodePath(encodePath(rings))).to.equal(expected);
  });

  it('projects like d3-geo', () => {
    const points = [...PARTNERS.map((p): [string, number, number] => [p.name, p.lat, p.lon]), ...EXTREMES];
    for (const [name, lat, lon] of points) {
      const expected = d3([lon, lat])!;
      const [x, y] = projectLatLon(lat, lon);
      expect(x, `${name} x`).to.be.closeTo(expected[0], 1e-6);
      expect(y, `${name} y`).to.be.closeTo(expected[1], 1e-6);
    }
  });

  it('tells points inside the map from those beyond its edge', () => {
    for (const p of PARTNERS) expect(isInsideMap(projectLatLon(p.lat, p.lon)), p.name).to.be.true;
    expect(isInsideMap(projectLatLon(65.0, -18.0)), 'Iceland').to.be.true;
    expect(isInsideMap(projectLatLon(35.1, 33.4)), 'Cyprus').to.be.true;
    expect(isInsideMap(projectLatLon(28.1, -15.4)), 'Canary Islands').to.be.false;
    expect(isInsideMap(projectLatLon(78.2, 15.6)), 'Svalbard').to.be.false;
  });

  it('puts every partner inside its own country', () => {
    const neededTolerance: string[] = [];
    for (const partner of PARTNERS) {
      const { path, remove } = countryPath(partner.country);
      const distance = nearestInside(path, projectLatLon(partner.lat, partner.lon));
      remove();
      const message = `${partner.name} within ${COASTAL_TOLERANCE} units of ${partner.country}`;
      expect(distance, message).to.not.equal(undefined);
      if (distance) neededTolerance.push(partner.name);
    }
    expect(COASTAL).to.include.members(neededTolerance);
  });

  it('puts no partner inside another country', () => {
    for (const code of Object.keys(COUNTRIES)) {
      const { path, remove } = countryPath(code);
      for (const partner of PARTNERS.filter((p) => p.country !== code)) {
        const [x, y] = projectLatLon(partner.lat, partner.lon);
        expect(path.isPointInFill(new DOMPoint(x, y)), `${partner.name} in ${code}`).to.be.false;
      }
      remove();
    }
  });

  it('tells points inside a country from those outside as the browser fills its path', () => {
    // (Where pins that move apart look for room in their own country.) Points on a grid that
    // meets no vertex, over each country's box and around it.
    let inside = 0;
    for (const code of Object.keys(COUNTRIES)) {
      const { path, remove } = countryPath(code);
      const box = path.getBBox();
      for (let i = 0; i <= 20; i++)
        for (let j = 0; j <= 20; j++) {
          const [x, y] = [box.x - 5 + ((box.width + 10) * (i + 0.31)) / 20, box.y - 5 + ((box.height + 10) * (j + 0.17)) / 20];
          const filled = path.isPointInFill(new DOMPoint(x, y));
          expect(insideCountry(code, x, y), `${code} at ${x}, ${y}`).to.equal(filled);
          if (filled) inside++;
        }
      remove();
    }
    expect(insideCountry('MT', 491.1, 918)).to.equal(undefined);
    expect(inside).to.be.greaterThan(1000);
  });

  it('draws every country as a non-empty path inside the view box', () => {
    expect(Object.keys(COUNTRIES)).to.include.members([...new Set(PARTNERS.map((p) => p.country))]);
    for (const code of Object.keys(COUNTRIES)) {
      expect(pathData(code), code).to.match(/^M\d+ \d+l-?\d+ -?\d+( -?\d+)*z(M\d+ \d+l-?\d+ -?\d+( -?\d+)*z)*$/);
      const { path, remove } = countryPath(code);
      const box = path.getBBox();
      remove();
      expect(box.width * box.height, `${code} area`).to.be.greaterThan(0);
      expect(box.x, `${code} left`).to.be.at.least(0);
      expect(box.y, `${code} top`).to.be.at.least(0);
      expect(box.x + box.width, `${code} right`).to.be.at.most(MAP_WIDTH);
      expect(box.y + box.height, `${code} bottom`).to.be.at.most(MAP_HEIGHT);
    }
  });

  it('gives every small state it lacks a position on the map instead', () => {
    for (const code of MISSING_SMALL_STATES) {
      expect(COUNTRIES, code).to.not.have.property(code);
      expect(isInsideMap(SMALL_STATE_POSITIONS[code]), code).to.be.true;
    }
    const [x, y] = SMALL_STATE_POSITIONS.MT;
    const [mx, my] = projectLatLon(35.9, 14.4);
    expect(Math.hypot(x - mx, y - my), 'Malta').to.be.below(5);
  });
});
