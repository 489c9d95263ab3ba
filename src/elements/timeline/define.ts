import { defineElement } from '../define.js';
import { EvolaqTimelineElement } from './evolaq-timeline.js';

defineElement('evolaq-timeline', EvolaqTimelineElement);

declare global {
  interface HTMLElementTagNameMap {
    'evolaq-timeline': EvolaqTimelineElement;
  }
}
