import { defineElement } from '../define.js';
import { EvolaqMapElement } from './evolaq-map.js';

defineElement('evolaq-map', EvolaqMapElement);

declare global {
  interface HTMLElementTagNameMap {
    'evolaq-map': EvolaqMapElement;
  }
}
