import { msg } from '@lit/localize';
import type { PartnerType } from '../../data/types.js';

/** The partner type as a visitor reads it. */
export function partnerTypeName(type: PartnerType): string {
  switch (type) {
    case 'municipality':
      return msg('Municipality', { id: 'type.municipality', desc: 'Kind of partner organisation, shown next to its name.' });
    case 'district':
      return msg('District', { id: 'type.district', desc: 'Kind of partner organisation, shown next to its name.' });
    case 'region':
      return msg('Region', { id: 'type.region', desc: 'Kind of partner organisation, shown next to its name.' });
    case 'association':
      return msg('Association', { id: 'type.association', desc: 'Kind of partner organisation, shown next to its name.' });
    case 'agency':
      return msg('Agency', { id: 'type.agency', desc: 'Kind of partner organisation, shown next to its name.' });
    case 'university':
      return msg('University', { id: 'type.university', desc: 'Kind of partner organisation, shown next to its name.' });
    case 'company':
      return msg('Company', { id: 'type.company', desc: 'Kind of partner organisation, shown next to its name.' });
    case 'other':
      return msg('Organisation', { id: 'type.other', desc: 'Kind of partner organisation, shown next to its name.' });
  }
}
