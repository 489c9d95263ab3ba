import { msg } from '@lit/localize';
import { css, html, nothing } from 'lit';
import type { Funding } from '../../data/types.js';
import { renderText, type RenderContext } from '../shared/text.js';
import { emblem } from './emblem.js';

/** The EU funding notice: the emblem beside the data's statement, or a localised default. */
export function renderFunding(context: RenderContext, funding: Funding) {
  const statement = funding.statement
    ? renderText(context, funding.statement)
    : msg('Co-funded by the European Union', {
        id: 'funding.default',
        desc: 'Default EU funding statement shown beside the EU flag. Use the official name of the European Union.',
      });
  return html`<div class="funding" part="funding">
    ${
      funding.emblem
        ? emblem(msg('Flag of the European Union', { id: 'funding.emblem', desc: 'Accessible name of the EU flag image.' }))
        : nothing
    }
    <p class="statement">${statement}</p>
  </div>`;
}

export const fundingStyles = css`
  .funding {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em 1em;
  }
  .emblem {
    flex: none;
    display: block;
    width: 4.5em;
    height: 3em;
    /* The emblem must never be recoloured, also not by forced colours; white border on dark backgrounds. */
    forced-color-adjust: none;
    border: var(--_emblem-border, none);
  }
  .statement {
    flex: 1 1 12em;
    font-weight: 600;
  }
`;
