// Another copy of Lit on the same page, as a site's own components would bring.
import { LitElement, html } from 'lit';

customElements.define(
  'site-banner',
  class extends LitElement {
    render() {
      return html`<p>Site banner rendered by the site's own Lit</p>`;
    }
  },
);
