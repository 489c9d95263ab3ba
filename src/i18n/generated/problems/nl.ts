// Do not modify this file by hand! Written by scripts/split-locales.mjs from lit-localize's output.

import {str} from '@lit/localize';

/* eslint-disable no-irregular-whitespace */

export const templates = {
'count.problems.few': str`${0} problemen in de gegevens`,
'count.problems.many': str`${0} problemen in de gegevens`,
'count.problems.one': str`${0} probleem in de gegevens`,
'count.problems.other': str`${0} problemen in de gegevens`,
'count.problems.two': str`${0} problemen in de gegevens`,
'count.problems.zero': str`${0} problemen in de gegevens`,
'problem.country-alias': str`De EU-landcode ${0} is gelezen als ${1}.`,
'problem.duplicate-id': str`De id ${0} wordt meer dan eens gebruikt; alleen de eerste wordt getoond.`,
'problem.empty': `Deze tekst is leeg.`,
'problem.end-before-start': str`De einddatum ${0} ligt vóór de begindatum.`,
'problem.http-error': str`Het gegevensbestand kon niet worden geladen: de server antwoordde ${0}. Controleer het adres in src.`,
'problem.invalid-country': str`Landcode van twee letters verwacht (zoals SE), maar ${0} gevonden.`,
'problem.invalid-date': str`Datum in de vorm YYYY-MM-DD verwacht, maar ${0} gevonden.`,
'problem.invalid-id': str`Id van kleine letters, cijfers en koppeltekens verwacht, maar ${0} gevonden.`,
'problem.invalid-json': str`De tekst is geen geldige JSON: regel ${0}, kolom ${1}.`,
'problem.invalid-json-nowhere': `De tekst is geen geldige JSON.`,
'problem.invalid-language': str`${0} is geen taalcode (zoals en of de-AT).`,
'problem.invalid-url': str`Volledig webadres verwacht, maar ${0} gevonden.`,
'problem.language-slip': str`${0} lijkt op een landcode: bedoelde u de taalcode ${1}?`,
'problem.missing': `Dit veld is verplicht, maar ontbreekt.`,
'problem.network-error': `Het gegevensbestand kon niet worden geladen. Controleer het adres in src, de verbinding en of de server deze site toestaat het bestand te lezen (CORS).`,
'problem.not-object': `De gegevens zijn geen JSON-object.`,
'problem.not-utf8': `Het bestand is niet als UTF-8 opgeslagen: het is gelezen als Windows-1252, dus sommige letters kunnen verkeerd zijn. Sla het op als UTF-8.`,
'problem.out-of-range': str`Getal in het bereik ${0} verwacht, maar ${1} gevonden.`,
'problem.timeout': str`Het gegevensbestand is niet binnen ${0} aangekomen. Probeer het later opnieuw.`,
'problem.too-large': str`De gegevens zijn te groot (meer dan ${0} tekens).`,
'problem.too-long': str`Deze tekst is langer dan ${0} tekens en is ingekort.`,
'problem.too-many': str`Er zijn te veel items; alleen de eerste ${0} worden getoond.`,
'problem.unknown-host': str`Geen enkele partner heeft de id ${0}.`,
'problem.unknown-type': str`Onbekend partnertype ${0}.`,
'problem.unknown-version': str`De gegevens hebben schemaversie ${0}, die nieuwer is dan deze widget kent; de widget toont wat hij begrijpt.`,
'problem.unsafe-url': str`Alleen links met https:, http: en mailto: zijn toegestaan, dus ${0} is weggelaten.`,
'problem.wrong-type': str`Verkeerd soort waarde: ${0} verwacht, maar ${1} gevonden.`,
'problems.error': `Fout`,
'problems.root': `hele document`,
'problems.warning': `Waarschuwing`,
};
