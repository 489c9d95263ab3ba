// First, and the map early in src/index.ts: the shapes, which gzip cannot shrink, then come before
// the code rather than in the middle of it (see the bundle order there).
import { COUNTRIES, MAP_HEIGHT, MAP_WIDTH, MISSING_SMALL_STATES, SMALL_STATE_POSITIONS } from '../../map/geometry.js';
import { msg, str } from '@lit/localize';
import { html, nothing, svg, type TemplateResult, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { EvolaqData, Partner } from '../../data/types.js';
import { fromCountryCount, organisationCount } from '../../i18n/counts.js';
import { compare, countryName, formatList } from '../../i18n/intl.js';
import { countryPath, insideCountry } from '../../map/path.js';
import { isInsideMap, projectLatLon } from '../../map/projection.js';
import { EvolaqElement } from '../base.js';
import { heading } from '../shared/heading.js';
import { EvolaqPartnerSelectEvent } from '../events.js';
import { SelectionController, byTouch } from '../shared/selection.js';
import { textValue } from '../shared/text.js';
import { BIG, mapStyles } from './evolaq-map.styles.js';

/** A partner drawn on the map, in map units. */
export interface Pin {
  readonly partner: Partner;
  /** Where the partner is (on the map's edge for one beyond it). */
  readonly x: number;
  readonly y: number;
  /** Where its pin stands from there, moved out of the reach of others nearby. */
  readonly dx: number;
  readonly dy: number;
  /** The same for the pins drawn BIG times larger in a narrow map (in a pin's units, drawn BIG times). */
  readonly bx: number;
  readonly by: number;
  /** Direction (degrees, clockwise from east) of the partner's place when it lies beyond the map's edge. */
  readonly out?: number;
  readonly label: string;
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface PlacedLabel {
  /** The text's anchor point and `text-anchor`; the text is centred on `y`. */
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'middle' | 'end';
  /** The room the label is given (its estimated extent). */
  readonly box: Box;
  /** Where a leader line from the pin ends, for a label set apart from its pin. */
  readonly leader?: readonly [number, number];
}

/** Label size in map units: the largest the styles use, so smaller sizes fit the same boxes. */
export const LABEL_SIZE = 22;
/** Half the size of the largest pin. */
const PIN = 13;
/** How far inside the edge a pin for a partner beyond it stands, so its arrow shows (enlarged 2.2 times on phones). */
const EDGE = 64;
// Right, left, above, below, then the corners: the first free one wins.
const DIRECTIONS = [
  [1, 0],
  [-1, 0],
  [0, -1],
  [0, 1],
  [1, -1],
  [-1, -1],
  [1, 1],
  [-1, 1],
] as const;
const ANCHORS = ['end', 'middle', 'start'] as const;

const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/**
 * Boxes filed by the 64-unit grid cells they cover, so a new box is compared only with its
 * neighbours. (Only pins' boxes may reach below 0, and `>>` files them in cell 0 or -1 alike.)
 */
function boxGrid() {
  const cells = new Map<number, Box[]>();
  const keys = ({ x, y, w, h }: Box) => {
    const keys = [];
    for (let i = x >> 6; i <= (x + w) >> 6; i++) for (let j = y >> 6; j <= (y + h) >> 6; j++) keys.push(i * 4096 + j);
    return keys;
  };
  return {
    add: (box: Box) => keys(box).forEach((key) => (cells.get(key) ?? cells.set(key, []).get(key)!).push(box)),
    /** Whether a box filed overlaps `box`. */
    hits: (box: Box) => keys(box).some((key) => cells.get(key)?.some((other) => overlaps(other, box))),
  };
}

/**
 * Places each label next to its pin where it covers no pin and no label placed before it: close
 * by, else further away with a leader line, else not at all (the pin still has its name). Text
 * cannot be measured before it is rendered, so a label's width is estimated from its length.
 */
export function placeLabels(pins: readonly { x: number; y: number; label: string }[]): (PlacedLabel | undefined)[] {
  const taken = boxGrid();
  for (const { x, y } of pins) taken.add({ x: x - PIN, y: y - PIN, w: 2 * PIN, h: 2 * PIN });
  const h = LABEL_SIZE;
  return pins.map(({ x, y, label }) => {
    if (!label) return undefined;
    const w = label.length * h * 0.6;
    for (const distance of [PIN + 5, 45, 80]) {
      for (const [dx, dy] of DIRECTIONS) {
        const d = dx && dy ? distance * 0.7 : distance;
        const cx = x + dx * (d + w / 2);
        const cy = y + dy * (d + h / 2);
        const box = { x: cx - w / 2, y: cy - h / 2, w, h };
        const inside = box.x >= 0 && box.y >= 0 && box.x + w <= MAP_WIDTH && box.y + h <= MAP_HEIGHT;
        if (!inside || taken.hits(box)) continue;
        taken.add(box);
        const ax = cx - (dx * w) / 2;
        return { x: ax, y: cy, anchor: ANCHORS[dx + 1], box, leader: distance > PIN + 5 ? [ax, cy - (dy * h) / 2] : undefined };
      }
    }
    return undefined;
  });
}

/** The golden angle, in radians: the step between neighbours in a sunflower. */
const GOLDEN = Math.PI * (3 - Math.sqrt(5));
const clamp = (value: number, max: number) => Math.min(Math.max(value, EDGE), max - EDGE);
const round = (value: number) => Math.round(value * 10) / 10;
/**
 * Spots around a place, nearest first, 7 units apart and more, up to 224 units away: a sunflower
 * (x and y of each, in turn). A pin finds no room within that only on a map too full for its
 * size (hundreds of partners in a phone's column): it stays at its place. (Out to 200 units, the
 * benchmark's 160 partners at 1000 px left a crowd in Linz no room: central Europe is that full.)
 */
const SUNFLOWER = Float64Array.from({ length: 2048 }, (_, i) =>
  round(7 * Math.sqrt(i >> 1) * Math[i & 1 ? 'sin' : 'cos']((i >> 1) * GOLDEN)),
);

/** Around a pin, where others may stand within its reach: its own cell first. */
const AROUND = [0, 1, -1, 2, -2];

/** How far apart two pins of normal size stand (map units): a ring and its stroke, with room between. */
const APART = 36;

/**
 * Partners with a position; those beyond the edge moved onto it. A pin whose ring
 * (what a pointer hits: 16 units and its stroke, drawn `scale` times, the size the styles draw
 * it) would touch one placed before it moves to the nearest free spot of a sunflower around its
 * place (offsets inside the pin, so drawn `scale` times too): two organisations in one town, or
 * towns close by, are each a pin of their own to point at. Each moves only as far as its
 * neighbours ask, so a dense region stays where it is, and every pin stays whole on the map.
 * Where pins stand does not depend on the language: their labels are given by nameTowns.
 */
function placePins(data: EvolaqData, scale: number): Placed[] {
  const apart = APART * scale;
  // Placed pins filed by cells so small that one holds one pin (64 columns of 64: at least 25
  // units each, the map is 40 across, with 2 more on each side for the cells around a spot): a
  // spot is free when no pin in the cells around it is closer than `apart`. An empty cell holds
  // a pin far away.
  const cell = apart / Math.SQRT2;
  const taken: number[] = Array(8192).fill(1e9);
  const slot = (x: number, y: number) => 2 * (((x / cell + 2) | 0) * 64 + ((y / cell + 2) | 0));
  const free = (x: number, y: number) => {
    const at = slot(x, y);
    for (const i of AROUND)
      for (const j of AROUND) {
        const k = at + 2 * (i * 64 + j);
        if ((taken[k] - x) ** 2 + (taken[k + 1] - y) ** 2 < apart ** 2) return false;
      }
    return true;
  };
  // Per place and country: where the nearest free spot may be (those before it are taken, and stay
  // so), and where the search for one in the country goes on (those before it are taken or not in
  // the country).
  const searched = new Map<string, [number, number]>();
  // The spots a map may try in all, about 1.5 ms (the tests' 22 towns of the Low Countries on a
  // phone need far fewer): on a map too full for its size, hundreds of partners in a phone's
  // column, the rest look only next to their places (32 spots, room for a second partner in a
  // town), else stay there.
  let work = 1.5e4;
  const pins: Placed[] = [];
  for (const partner of data.partners) {
    // (No position, or half of one: NaN.)
    const [px, py] = projectLatLon(partner.lat!, partner.lon!);
    if (!Number.isFinite(px + py)) continue;
    const inside = isInsideMap([px, py]);
    const x = round(inside ? px : clamp(px, MAP_WIDTH));
    const y = round(inside ? py : clamp(py, MAP_HEIGHT));
    const out = inside ? undefined : round((Math.atan2(py - y, px - x) * 180) / Math.PI);
    // Whole on the map: the pin, and the arrow of one for a partner beyond it.
    const margin = (inside ? PIN : 27) * scale;
    let [dx, dy] = [0, 0];
    // Where the last search from this very place, for this country, ended: the spots before it
    // are taken (and stay so) or not in the country, so a crowd at one place is placed in time
    // proportional to its size, not its square.
    const here = `${x} ${y} ${partner.country}`;
    let [near, i] = searched.get(here) ?? [0, 0];
    // (Only for a partner in its country, or on its coast, which the outline may leave out by a few
    // units, Dubrovnik: within 8 units, a sunflower a sixth the size.)
    let home = false;
    for (let k = 0; inside && !home && k < 96; k += 2)
      home = insideCountry(partner.country, x + SUNFLOWER[k] / 6, y + SUNFLOWER[k + 1] / 6) !== false;
    const fits = (k: number) => {
      const [sx, sy] = [x + SUNFLOWER[k] * scale, y + SUNFLOWER[k + 1] * scale];
      return sx > margin && sy > margin && sx < MAP_WIDTH - margin && sy < MAP_HEIGHT - margin && free(sx, sy);
    };
    // Its place, where free, even where the outline leaves a coastal town in the sea (Dubrovnik: the
    // town is where it is); else the nearest free spot of the 64 nearest in the partner's own country
    // (a pin moved out of Norrköping's reach stays in Sweden); else, below, the nearest free spot in
    // any country or the sea, not the first free one beyond those 64 (Limassol's pin, after Nicosia's,
    // stood 56 units away in open sea, though a spot 23 units away was free; Luxembourg's, on a phone,
    // 125 units away in Italy).
    let chosen = -1;
    for (; i < SUNFLOWER.length && (work-- > 0 || i < 64); i += 2)
      if (
        fits(i) &&
        (!home ||
          !i ||
          i >= 128 ||
          insideCountry(partner.country, x + SUNFLOWER[i] * scale, y + SUNFLOWER[i + 1] * scale) !== false)
      ) {
        chosen = i;
        break;
      }
    // Where the search ends first, or finds room only beyond the 64 nearest spots, the nearest free
    // spot of those it passed, in the country or not: from where the last such search stopped, so
    // that each spot is passed once here too.
    if (chosen < 0 || chosen >= 128) {
      while (near < i && !fits(near)) near += 2;
      if (near < i) chosen = near;
    }
    if (chosen >= 0) [dx, dy] = [SUNFLOWER[chosen], SUNFLOWER[chosen + 1]];
    searched.set(here, [near, i]);
    // (A pin with no room, on a map too full, stays at its place, and leaves the pin filed there.)
    const k = slot(x + dx * scale, y + dy * scale);
    if (taken[k] == 1e9) [taken[k], taken[k + 1]] = [x + dx * scale, y + dy * scale];
    pins.push({ partner, x, y, dx, dy, bx: 0, by: 0, out });
  }
  return pins;
}

/** A pin before its label, which is in the page's language. */
type Placed = Omit<Pin, 'label'>;

/** Each pin's label, its town's `name`: a town is named once, by its first partner ('' for the others there). */
function nameTowns(placed: readonly Placed[], name: (partner: Partner) => string): Pin[] {
  const pins: Pin[] = [];
  for (const pin of placed) {
    const town = name(pin.partner);
    const named = pins.some((other) => other.label === town && Math.hypot(other.x - pin.x, other.y - pin.y) < APART);
    pins.push({ ...pin, label: named ? '' : town });
  }
  return pins;
}

/** The partner of the pin (or label) an event happened on. */
const pinOf = (event: Event) => (event.target as Element).closest<SVGElement>('[data-id]')?.dataset.id;
const STEPS: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, Home: -1e3, End: 1e3 };

const DOT = svg`<circle class="dot" r="8"/>`;
const STAR = svg`<path class="star" d="M0-12.8L3.5-3.7 13.3-3.1 5.7 3.1 8.2 12.5 0 7.2-8.2 12.5-5.7 3.1-13.3-3.1-3.5-3.7z"/>`;
const arrow = (transform: string) => svg`<path class="arrow" transform=${transform} d="M13-5l14 5-14 5z"/>`;

/**
 * @customElement evolaq-map
 * @summary Europe with the partners' countries shaded and a pin per partner (the lead partner a star),
 * labelled with its city; a legend and a text summary. Partners beyond the map's edge get a pin at
 * the edge with an arrow. Pins are buttons: Tab reaches the map, the arrow keys move between pins.
 *
 * Linked views: elements that show the same input (the same `src`, or the same `group`) highlight
 * each other's partners: hovering or focusing a pin highlights that partner everywhere.
 *
 * @fires evolaq-partner-select - A pin was chosen (click, Enter or Space); `event.partnerId` names the partner.
 * @fires evolaq-load - New data was read and is shown.
 * @fires evolaq-problems - The data has problems; `event.problems` lists them with their JSON paths.
 * @fires evolaq-error - The input left nothing new to show (failed `src`, unusable data).
 *
 * @slot - Shown until the data is there (and when scripts are off).
 *
 * @csspart base - The element's box.
 * @csspart map - The map (an inline SVG).
 * @csspart legend - The legend.
 * @csspart summary - The text summary under the map.
 * @csspart notice - The note that newer data could not be shown, above what is still shown.
 * @csspart problems - The collapsed list of problems in the data.
 * @csspart error - What is shown when the data cannot be used.
 *
 * @cssprop --evolaq-accent-color - Pins, the partner countries' outline and shade.
 * @cssprop --evolaq-highlight-color - The lead partner's star (default EU gold #ffcc00).
 * @cssprop --evolaq-surface-color - Land; the sea is a tint of the accent on it.
 * @cssprop --evolaq-border-color - Borders between countries.
 * @cssprop --evolaq-text-color - Labels and the ring around highlighted pins.
 */
export class EvolaqMapElement extends EvolaqElement {
  static override styles = [...EvolaqElement.styles, mapStyles];
  static override properties: PropertyDeclarations = {
    current: { state: true },
  };

  /** The pin that Tab reaches (the last one focused). */
  private current?: string;

  readonly #selection = new SelectionController(this);

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Pins are reused by position: new data may have given the focused pin to another partner.
    const active = this.shadowRoot!.activeElement as SVGElement | null;
    if (active?.dataset.id && active.dataset.id !== this.current) {
      this.shadowRoot!.querySelector<SVGElement>(`.pin[data-id="${this.current}"]`)?.focus();
    }
  }

  protected override get lists() {
    return ['partners'] as const;
  }

  protected override renderContent(data: EvolaqData) {
    const { pins, labels } = this.#layout(data);
    const countries = new Set(data.partners.map((partner) => partner.country));
    const highlighted = new Set(this.#selection.ids);
    const tabStop = pins.find((pin) => pin.partner.id === this.current) ?? pins[0];
    const title = msg('Map of the partners', {
      id: 'map.title',
      desc: 'Heading and accessible name of the map of the partners.',
    });
    // The listeners sit on the figure: Chromium puts SVG elements with focus listeners in the tab order.
    // Named once, by its heading (the region's name too): the drawing is a group of the pins with no name of its own.
    return html`<section class="map" aria-labelledby="map-title">
      ${heading(this.headingLevel, title, 'map-title')}
      <figure
        @pointerover=${this.#enter}
        @focusin=${this.#enter}
        @pointerout=${this.#leave}
        @focusout=${this.#leave}
        @click=${this.#choose}
        @keydown=${this.#keydown}
      >
        <svg part="map" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}" role="group">
          <g aria-hidden="true">
            ${this.#renderLand(countries)}
            <g class="labels">
              ${labels.map((label, i) => label && this.#renderLabel(pins[i], label, highlighted.has(pins[i].partner.id)))}
            </g>
          </g>
          ${pins.map((pin) => this.#renderPin(pin, highlighted.has(pin.partner.id), pin === tabStop))}
        </svg>
        ${this.#renderPicked(pins, highlighted)} ${this.#renderLegend(pins)}
        ${countries.size ? html`<figcaption part="summary">${this.#summary(data, countries)}</figcaption>` : nothing}
      </figure>
    </section>`;
  }

  #laidOut?: {
    data: EvolaqData;
    lang: string;
    texts: string;
    pins: Pin[];
    labels: ReturnType<typeof placeLabels>;
  };

  /** The pins placed for the last data, before their labels (the same in every language). */
  #placed?: { data: EvolaqData; pins: Placed[] };

  /**
   * Pins, placed once per data, and their labels, once per language; a language whose labels read
   * the same (city names mostly do) keeps the labels' placement. Pins are placed for both sizes the
   * styles draw them, and the styles choose (see renderPin): a map that changes width, or is
   * shown after being hidden, needs no new render.
   */
  #layout(data: EvolaqData) {
    const { lang } = this.context;
    const last = this.#laidOut;
    if (last?.data !== data || last.lang !== lang) {
      if (this.#placed?.data !== data) {
        const big = placePins(data, BIG);
        this.#placed = { data, pins: placePins(data, 1).map((pin, i) => ({ ...pin, bx: big[i].dx, by: big[i].dy })) };
      }
      const pins = nameTowns(this.#placed.pins, (partner) => textValue(this.context, partner.city ?? partner.name))
        // West to east by place, for the arrow keys (where pins are drawn differs with their size).
        .sort((a, b) => a.x - b.x || a.dx - b.dx);
      const at = pins.map((pin) => ({ x: pin.x + pin.dx, y: pin.y + pin.dy, label: pin.label }));
      const texts = JSON.stringify(at);
      const labels = last?.texts === texts ? last.labels : placeLabels(at);
      this.#laidOut = { data, lang, texts, pins, labels };
    }
    return this.#laidOut!;
  }

  /** Every country, the partners' on top so their outline shows; states too small to draw as dots. */
  #renderLand(countries: Set<string>) {
    const shade = (code: string) => (countries.has(code) ? 'c on' : 'c');
    const codes = Object.keys(COUNTRIES).sort((a, b) => +countries.has(a) - +countries.has(b));
    return svg`${codes.map((code) => svg`<path class=${shade(code)} d=${countryPath(code)} data-country=${code}/>`)}
      ${MISSING_SMALL_STATES.map((code) => {
        const [cx, cy] = SMALL_STATE_POSITIONS[code];
        return svg`<circle class=${shade(code)} cx=${cx} cy=${cy} r="3" data-country=${code}/>`;
      })}`;
  }

  #renderLabel(pin: Pin, label: PlacedLabel, on: boolean) {
    const { x, y, anchor, leader } = label;
    const line = leader ? svg`<line x1=${pin.x + pin.dx} y1=${pin.y + pin.dy} x2=${leader[0]} y2=${leader[1]}/>` : nothing;
    return svg`${line}<text class=${on ? 'hi' : ''} x=${round(x)} y=${round(y)} text-anchor=${anchor} data-id=${pin.partner.id}>${pin.label}</text>`;
  }

  /**
   * A pin at its place for pins of normal size; its mark, scaled BIG times in a narrow map, moves
   * from there to where BIG pins stand (the styles drop the mark's move in a wide map).
   */
  /** "Daugavpils City Council, Daugavpils, Latvia": a pin's name. */
  #pinName(partner: Partner) {
    const context = this.context;
    return [textValue(context, partner.name), textValue(context, partner.city), countryName(context.lang, partner.country)]
      .filter(Boolean)
      .join(', ');
  }

  /**
   * Under a narrow map, whose pins have no labels, the name of the partner highlighted, else of the
   * pin last tapped or focused: a tap on a phone says whose it is. (Its pin says it to screen readers.)
   */
  #renderPicked(pins: Pin[], highlighted: Set<string>) {
    const picked = pins.filter(
      (pin) => highlighted.has(pin.partner.id) || (!highlighted.size && pin.partner.id === this.current),
    );
    return html`<p class="picked" aria-hidden="true">${picked.map((pin) => this.#pinName(pin.partner)).join(' · ')}</p>`;
  }

  #renderPin({ partner, x, y, dx, dy, bx, by, out }: Pin, on: boolean, tabStop: boolean) {
    const keys = `${partner.lead ? 'key-lead ' : ''}${out === undefined ? '' : 'key-out'}`.trim();
    const shape = partner.lead ? STAR : DOT;
    const edge = out === undefined ? nothing : arrow(`rotate(${out})`);
    return svg`<g class="pin ${on ? 'hi' : ''}" role="button" tabindex=${tabStop ? 0 : -1} aria-label=${this.#pinName(partner)}
      aria-describedby=${keys || nothing} data-id=${partner.id} transform="translate(${x + dx} ${y + dy})">
      <g class="mark" transform="translate(${bx - dx / BIG} ${by - dy / BIG})"><circle class="ring" r="16"/>${shape}${edge}</g>
    </g>`;
  }

  #renderLegend(pins: Pin[]) {
    const item = (icon: TemplateResult, text: string, id?: string) =>
      html`<li id=${ifDefined(id)}><svg viewBox="-15 -15 30 30" aria-hidden="true">${icon}</svg>${text}</li>`;
    const lead = msg('Lead partner', { id: 'partners.lead', desc: 'Badge on the partner that leads the project.' });
    const partner = msg('Partner', {
      id: 'map.legend.partner',
      desc: 'Legend of the map: the symbol of a partner organisation.',
    });
    const country = msg('Country with partners', {
      id: 'map.legend.country',
      desc: 'Legend of the map: the shade of the countries that have partners.',
    });
    const outside = msg('Partner beyond the edge of the map', {
      id: 'map.legend.outside',
      desc: 'Legend of the map: the arrow on a pin at the edge, pointing towards a partner too far away to draw.',
    });
    return html`<ul class="legend" part="legend">
      ${pins.some((pin) => pin.partner.lead) ? item(STAR, lead, 'key-lead') : nothing} ${item(DOT, partner)}
      ${item(svg`<rect class="c on" x="-13" y="-10" width="26" height="20"/>`, country)}
      ${pins.some((pin) => pin.out !== undefined) ? item(arrow('translate(-20 0)'), outside, 'key-out') : nothing}
    </ul>`;
  }

  /** "9 organisations from 7 countries: Austria, Croatia, … and Sweden." */
  #summary(data: EvolaqData, countries: Set<string>) {
    const { lang } = this.context;
    const partners = organisationCount(lang, data.partners.length);
    const from = fromCountryCount(lang, countries.size);
    const names = formatList(
      lang,
      [...countries].map((code) => countryName(lang, code)).sort((a, b) => compare(lang, a, b, true)),
    );
    return msg(str`${partners} ${from}: ${names}.`, {
      id: 'map.summary',
      desc: 'Text summary under the map, as in "9 organisations from 7 countries: Austria, Croatia and Sweden." The first two parts are the translated counts, the last the list of country names.',
    });
  }

  #enter(event: Event) {
    const id = pinOf(event);
    if (!id || byTouch(event)) return;
    if (event.type === 'focusin') this.current = id;
    this.#selection.set([id]);
  }

  #leave(event: Event) {
    if (pinOf(event) && !byTouch(event)) this.#selection.set([]);
  }

  #choose(event: Event) {
    const id = pinOf(event);
    if (!id) return;
    this.#selection.set([id]);
    // (A key, or a screen reader's click, has no click count.)
    this.dispatchEvent(new EvolaqPartnerSelectEvent(id, (event as MouseEvent).detail > 0));
  }

  /** Enter and Space choose; the arrow keys go to the next pin east (→ ↓) or west (← ↑), Home and End to the ends. */
  #keydown(event: KeyboardEvent) {
    const id = pinOf(event);
    const step = STEPS[event.key];
    if (!id) return;
    if (event.key === 'Enter' || event.key === ' ') this.#choose(event);
    else if (step) {
      const order = [...this.renderRoot.querySelectorAll<SVGElement>('.pin')];
      order[Math.min(Math.max(order.findIndex((pin) => pin.dataset.id === id) + step, 0), order.length - 1)].focus();
    } else return;
    event.preventDefault();
  }
}
