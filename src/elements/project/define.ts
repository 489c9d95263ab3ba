import { defineElement } from '../define.js';
import { EvolaqProjectElement } from './evolaq-project.js';

defineElement('evolaq-project', EvolaqProjectElement);

declare global {
  interface HTMLElementTagNameMap {
    'evolaq-project': EvolaqProjectElement;
  }
}
