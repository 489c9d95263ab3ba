import { MAP_HEIGHT, MAP_WIDTH, PROJECTION } from './geometry.js';

const RAD = Math.PI / 180;
const { scale, translate, rotate } = PROJECTION;
// d3's rotate([-λ0, -φ0]) puts λ0, φ0 at the centre: the oblique Lambert azimuthal equal-area aspect.
const LON0 = -rotate[0] * RAD;
const SIN_LAT0 = Math.sin(-rotate[1] * RAD);
const COS_LAT0 = Math.cos(-rotate[1] * RAD);

/** Map units for a point in degrees, the same as d3-geo's geoAzimuthalEqualArea with PROJECTION. */
export function projectLatLon(lat: number, lon: number): [number, number] {
  const sinLat = Math.sin(lat * RAD);
  const cosLat = Math.cos(lat * RAD);
  const dLon = lon * RAD - LON0;
  const cosC = SIN_LAT0 * sinLat + COS_LAT0 * cosLat * Math.cos(dLon);
  const k = Math.sqrt(2 / (1 + cosC));
  return [
    translate[0] + scale * k * cosLat * Math.sin(dLon),
    translate[1] - scale * k * (COS_LAT0 * sinLat - SIN_LAT0 * cosLat * Math.cos(dLon)),
  ];
}

export function isInsideMap([x, y]: readonly [number, number]): boolean {
  return x >= 0 && x <= MAP_WIDTH && y >= 0 && y <= MAP_HEIGHT;
}
