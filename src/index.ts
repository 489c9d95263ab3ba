/**
 * The EVOLAQ widget: registers every element (once per page, however often the script is loaded)
 * and exports the classes, events and language functions for pages that script it.
 */
// Bundle order, for gzip: first the texts that compress only among themselves (the partner
// languages held in the single file; then the map's shapes, see src/elements/map/evolaq-map.ts),
// so that the code after them stays together within gzip's 32 KB window (−370 B in all).
import './i18n/locale-loaders.js';
import './elements/map/define.js';
import './elements/language-picker/define.js';
import './elements/partners/define.js';
import './elements/project/define.js';
import './elements/summary/define.js';
import './elements/timeline/define.js';
import { upgradeDataAttributes } from './cms/upgrade.js';

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', upgradeDataAttributes, { once: true });
else upgradeDataAttributes();

export { EvolaqElement } from './elements/base.js';
export {
  EvolaqErrorEvent,
  EvolaqLanguageChangeEvent,
  EvolaqLoadEvent,
  EvolaqPartnerSelectEvent,
  EvolaqProblemsEvent,
} from './elements/events.js';
export { EvolaqLanguagePickerElement } from './elements/language-picker/evolaq-language-picker.js';
export { EvolaqMapElement } from './elements/map/evolaq-map.js';
export { EvolaqPartnersElement } from './elements/partners/evolaq-partners.js';
export { EvolaqProjectElement } from './elements/project/evolaq-project.js';
export { EvolaqSummaryElement } from './elements/summary/evolaq-summary.js';
export { EvolaqTimelineElement } from './elements/timeline/evolaq-timeline.js';
export { parseDocument, parseJsonText } from './data/parse.js';
export type * from './data/types.js';
export { activeLanguage, languageReady, setLanguage } from './i18n/language.js';
export { UI_LOCALES } from './i18n/localization.js';
