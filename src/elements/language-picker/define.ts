import { defineElement } from '../define.js';
import { EvolaqLanguagePickerElement } from './evolaq-language-picker.js';

defineElement('evolaq-language-picker', EvolaqLanguagePickerElement);

declare global {
  interface HTMLElementTagNameMap {
    'evolaq-language-picker': EvolaqLanguagePickerElement;
  }
}
