import { svg } from 'lit';

/*
 * The EU emblem as the EU's graphic rules draw it: a 3:2 blue (#003399) rectangle with twelve
 * upright five-pointed gold (#FFCC00) stars on a circle whose radius is a third of the height;
 * each star's points lie on a circle of a eighteenth of the height. Never recoloured.
 */
const HEIGHT = 540;
const CENTRE_X = 405;
const CENTRE_Y = 270;

function star(cx: number, cy: number, outer: number): string {
  const inner = outer * 0.382;
  const points: string[] = [];
  for (let i = 0; i < 10; i++) {
    const radius = i % 2 === 0 ? outer : inner;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push(`${(cx + radius * Math.cos(angle)).toFixed(1)} ${(cy + radius * Math.sin(angle)).toFixed(1)}`);
  }
  return `M${points.join('L')}Z`;
}

// Not Array.from, which MooTools (Joomla 1.5 to 3) and Prototype.js replace with theirs, without the map.
const STARS = [...Array(12).keys()]
  .map((i) => {
    const angle = (i * Math.PI) / 6;
    return star(CENTRE_X + (HEIGHT / 3) * Math.sin(angle), CENTRE_Y - (HEIGHT / 3) * Math.cos(angle), HEIGHT / 18);
  })
  .join('');

export const emblem = (label: string) =>
  svg`<svg class="emblem" part="emblem" viewBox="0 0 810 540" role="img" aria-label=${label}>
    <rect width="810" height="540" fill="#003399"></rect>
    <path d=${STARS} fill="#FFCC00"></path>
  </svg>`;
