import { nothing } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * `hidden="until-found"` while `hide` is true: hidden from view, yet found by find-in-page (the
 * browser reveals it and fires `beforematch`) and shown in print. Browsers without it hide it plainly.
 */
class HiddenUntilFound extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('hiddenUntilFound() belongs on an element');
  }

  // Only update() acts; render() declares the argument for TypeScript.
  render(_hide: boolean) {
    return nothing;
  }

  override update(part: ElementPart, [hide]: [boolean]) {
    if (hide) part.element.setAttribute('hidden', 'until-found');
    else part.element.removeAttribute('hidden');
    return nothing;
  }
}

export const hiddenUntilFound = directive(HiddenUntilFound);
