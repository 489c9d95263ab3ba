// Do not modify this file by hand! Written by scripts/split-locales.mjs from lit-localize's output.

import {str} from '@lit/localize';

/* eslint-disable no-irregular-whitespace */

export const templates = {
'count.problems.few': str`${0} problemer i dataene`,
'count.problems.many': str`${0} problemer i dataene`,
'count.problems.one': str`${0} problem i dataene`,
'count.problems.other': str`${0} problemer i dataene`,
'count.problems.two': str`${0} problemer i dataene`,
'count.problems.zero': str`${0} problemer i dataene`,
'problem.country-alias': str`EU-landekoden ${0} blev læst som ${1}.`,
'problem.duplicate-id': str`Id’et ${0} bruges mere end én gang; kun det første vises.`,
'problem.empty': `Teksten er tom.`,
'problem.end-before-start': str`Slutdatoen ${0} ligger før startdatoen.`,
'problem.http-error': str`Datafilen kunne ikke indlæses: Serveren svarede ${0}. Kontrollér adressen i src.`,
'problem.invalid-country': str`Forventede en landekode på to bogstaver, f.eks. SE, men fandt ${0}.`,
'problem.invalid-date': str`Forventede en dato i formatet YYYY-MM-DD, men fandt ${0}.`,
'problem.invalid-id': str`Forventede et id med små bogstaver, cifre og bindestreger, men fandt ${0}.`,
'problem.invalid-json': str`Teksten er ikke gyldig JSON: linje ${0}, kolonne ${1}.`,
'problem.invalid-json-nowhere': `Teksten er ikke gyldig JSON.`,
'problem.invalid-language': str`${0} er ikke en sprogkode (f.eks. en eller de-AT).`,
'problem.invalid-url': str`Forventede en fuld webadresse, men fandt ${0}.`,
'problem.language-slip': str`${0} ligner en landekode: mente du sprogkoden ${1}?`,
'problem.missing': `Feltet er påkrævet, men mangler.`,
'problem.network-error': `Datafilen kunne ikke indlæses. Kontrollér adressen i src, forbindelsen, og at serveren tillader dette websted at læse filen (CORS).`,
'problem.not-object': `Dataene er ikke et JSON-objekt.`,
'problem.not-utf8': `Filen er ikke gemt som UTF-8: den blev læst som Windows-1252, så nogle bogstaver kan være forkerte. Gem den som UTF-8.`,
'problem.out-of-range': str`Forventede et tal i intervallet ${0}, men fandt ${1}.`,
'problem.timeout': str`Datafilen nåede ikke frem inden for ${0}. Prøv igen senere.`,
'problem.too-large': str`Dataene er for store (over ${0} tegn).`,
'problem.too-long': str`Teksten er længere end ${0} tegn og er blevet forkortet.`,
'problem.too-many': str`Der er for mange poster; kun de første ${0} vises.`,
'problem.unknown-host': str`Ingen partner har id’et ${0}.`,
'problem.unknown-type': str`Ukendt partnertype ${0}.`,
'problem.unknown-version': str`Dataene har skemaversion ${0}, som er nyere end denne widget kender; den viser det, den forstår.`,
'problem.unsafe-url': str`Kun links med https:, http: og mailto: er tilladt, så ${0} blev udeladt.`,
'problem.wrong-type': str`Forkert slags værdi: forventede ${0}, men fandt ${1}.`,
'problems.error': `Fejl`,
'problems.root': `hele dokumentet`,
'problems.warning': `Advarsel`,
};
