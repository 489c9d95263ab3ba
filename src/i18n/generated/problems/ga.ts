// Do not modify this file by hand! Written by scripts/split-locales.mjs from lit-localize's output.

import {str} from '@lit/localize';

/* eslint-disable no-irregular-whitespace */

export const templates = {
'count.problems.few': str`${0} fhadhb sna sonraí`,
'count.problems.many': str`${0} bhfadhb sna sonraí`,
'count.problems.one': str`${0} fhadhb sna sonraí`,
'count.problems.other': str`${0} fadhb sna sonraí`,
'count.problems.two': str`${0} fhadhb sna sonraí`,
'count.problems.zero': str`${0} fadhb sna sonraí`,
'problem.country-alias': str`Léadh cód tíre an AE ${0} mar ${1}.`,
'problem.duplicate-id': str`Úsáidtear an t-aitheantóir ${0} níos mó ná uair amháin; ní thaispeántar ach an chéad cheann.`,
'problem.empty': `Tá an téacs seo folamh.`,
'problem.end-before-start': str`Tá an dáta deiridh ${0} roimh an dáta tosaigh.`,
'problem.http-error': str`Níorbh fhéidir an comhad sonraí a lódáil: d'fhreagair an freastalaí ${0}. Seiceáil an seoladh in src.`,
'problem.invalid-country': str`Bhíothas ag súil le cód tíre dhá litir, mar shampla SE, ach fuarthas ${0}.`,
'problem.invalid-date': str`Bhíothas ag súil le dáta san fhormáid YYYY-MM-DD, ach fuarthas ${0}.`,
'problem.invalid-id': str`Bhíothas ag súil le haitheantóir (id) nach bhfuil ann ach litreacha cás íochtair, digití agus fleiscíní, ach fuarthas ${0}.`,
'problem.invalid-json': str`Ní JSON bailí é an téacs: líne ${0}, colún ${1}.`,
'problem.invalid-json-nowhere': `Ní JSON bailí é an téacs.`,
'problem.invalid-language': str`Ní cód teanga é ${0} (mar shampla en nó de-AT).`,
'problem.invalid-url': str`Bhíothas ag súil le seoladh gréasáin iomlán, ach fuarthas ${0}.`,
'problem.language-slip': str`Is cosúil gur cód tíre é ${0}: an é an cód teanga ${1} a bhí i gceist agat?`,
'problem.missing': `Tá an réimse seo riachtanach ach tá sé ar iarraidh.`,
'problem.network-error': `Níorbh fhéidir an comhad sonraí a lódáil. Seiceáil an seoladh in src, an ceangal, agus go gceadaíonn an freastalaí don suíomh seo é a léamh (CORS).`,
'problem.not-object': `Ní réad JSON iad na sonraí.`,
'problem.not-utf8': `Níl an comhad sábháilte mar UTF-8: léadh é mar Windows-1252, mar sin d'fhéadfadh roinnt litreacha a bheith mícheart. Sábháil é mar UTF-8.`,
'problem.out-of-range': str`Bhíothas ag súil le huimhir sa raon ${0}, ach fuarthas ${1}.`,
'problem.timeout': str`Níor tháinig an comhad sonraí laistigh de ${0}. Bain triail eile as ar ball.`,
'problem.too-large': str`Tá na sonraí rómhór (os cionn ${0} carachtar).`,
'problem.too-long': str`Tá an téacs seo níos faide ná ${0} carachtar agus giorraíodh é.`,
'problem.too-many': str`Tá an iomarca iontrálacha ann; ní thaispeántar ach na chéad ${0}.`,
'problem.unknown-host': str`Níl an t-aitheantóir ${0} ag aon chomhpháirtí.`,
'problem.unknown-type': str`Cineál comhpháirtí anaithnid: ${0}.`,
'problem.unknown-version': str`Tá na sonraí i leagan ${0} den scéimre, leagan is nuaí ná mar is eol don ghiuirléid seo; taispeánann sí an méid a thuigeann sí.`,
'problem.unsafe-url': str`Ní cheadaítear ach naisc https:, http: agus mailto:, mar sin fágadh ${0} ar lár.`,
'problem.wrong-type': str`Cineál mícheart luacha: bhíothas ag súil le ${0}, ach fuarthas ${1}.`,
'problems.error': `Earráid`,
'problems.root': `an doiciméad iomlán`,
'problems.warning': `Rabhadh`,
};
