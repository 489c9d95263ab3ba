import { defineElement } from '../define.js';
import { EvolaqSummaryElement } from './evolaq-summary.js';

defineElement('evolaq-summary', EvolaqSummaryElement);

declare global {
  interface HTMLElementTagNameMap {
    'evolaq-summary': EvolaqSummaryElement;
  }
}
