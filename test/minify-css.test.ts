import { expect } from '@open-wc/testing';
import type { CSSResult, CSSResultGroup } from 'lit';
import { minifyCss } from '../scripts/minify-css.mjs';
import '../src/index.js';

/** Every element's stylesheets, as the sources write them. */
function stylesOf(tag: string): CSSResult[] {
  const styles = (customElements.get(tag) as unknown as { styles: CSSResultGroup }).styles;
  return [styles].flat(Infinity as 1) as CSSResult[];
}

/**
 * What the browser reads from a stylesheet: each rule as it serialises it. (Custom property values
 * keep their tokens as written, so `var(--a, #fff)` and `var(--a,#fff)` serialise apart though they
 * mean the same: a space after a comma is not compared.)
 */
function rulesOf(text: string): string[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  return [...sheet.cssRules].map((rule) => rule.cssText.replace(/, /g, ','));
}

const TAGS = ['evolaq-project', 'evolaq-summary', 'evolaq-partners', 'evolaq-timeline', 'evolaq-map', 'evolaq-language-picker'];

describe('minified styles (the build minifies every css`…` template)', () => {
  for (const tag of TAGS) {
    it(`read the same as written, for <${tag}>`, () => {
      for (const style of stylesOf(tag)) {
        const minified = minifyCss(style.cssText);
        expect(minified.length, 'smaller').to.be.below(style.cssText.length);
        expect(rulesOf(minified)).to.deep.equal(rulesOf(style.cssText));
      }
    });
  }

  it('keep quoted strings and the space in a descendant selector', () => {
    expect(minifyCss(`a::after {\n  content: ' (' attr(href) ', ' ;\n}\n.a :is(.b, .c) > d { color: red; }`)).to.equal(
      `a::after{content:' (' attr(href) ', '}.a :is(.b,.c)>d{color:red}`,
    );
  });

  it('drop leading zeros, quotes of names in attribute selectors and spaces around combinators, not in values kept as written', () => {
    expect(
      minifyCss(
        `p + p, [a='b'] ~ c { margin: 0.5em -0.25em; top: calc(10.5em - 0.5px) !important; --x: 0.5em; padding: var(--y, 0.5em); }`,
      ),
    ).to.equal(`p+p,[a=b]~c{margin:.5em -.25em;top:calc(10.5em - .5px)!important;--x:0.5em;padding:var(--y,0.5em)}`);
  });
});
