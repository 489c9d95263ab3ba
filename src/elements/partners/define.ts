import { defineElement } from '../define.js';
import { EvolaqPartnersElement } from './evolaq-partners.js';

defineElement('evolaq-partners', EvolaqPartnersElement);

declare global {
  interface HTMLElementTagNameMap {
    'evolaq-partners': EvolaqPartnersElement;
  }
}
