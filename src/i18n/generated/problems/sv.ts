// Do not modify this file by hand! Written by scripts/split-locales.mjs from lit-localize's output.

import {str} from '@lit/localize';

/* eslint-disable no-irregular-whitespace */

export const templates = {
'count.problems.few': str`${0} problem i datan`,
'count.problems.many': str`${0} problem i datan`,
'count.problems.one': str`${0} problem i datan`,
'count.problems.other': str`${0} problem i datan`,
'count.problems.two': str`${0} problem i datan`,
'count.problems.zero': str`${0} problem i datan`,
'problem.country-alias': str`EU-landskoden ${0} tolkades som ${1}.`,
'problem.duplicate-id': str`Id:t ${0} används mer än en gång; bara det första visas.`,
'problem.empty': `Texten är tom.`,
'problem.end-before-start': str`Slutdatumet ${0} ligger före startdatumet.`,
'problem.http-error': str`Datafilen kunde inte läsas in: servern svarade ${0}. Kontrollera adressen i src.`,
'problem.invalid-country': str`Förväntade en landskod med två bokstäver, t.ex. SE, fick ${0}.`,
'problem.invalid-date': str`Förväntade ett datum i formatet YYYY-MM-DD, fick ${0}.`,
'problem.invalid-id': str`Förväntade ett id av gemener, siffror och bindestreck, fick ${0}.`,
'problem.invalid-json': str`Texten är inte giltig JSON: rad ${0}, kolumn ${1}.`,
'problem.invalid-json-nowhere': `Texten är inte giltig JSON.`,
'problem.invalid-language': str`${0} är ingen språkkod (t.ex. en eller de-AT).`,
'problem.invalid-url': str`Förväntade en fullständig webbadress, fick ${0}.`,
'problem.language-slip': str`${0} ser ut som en landskod: menade du språkkoden ${1}?`,
'problem.missing': `Fältet är obligatoriskt men saknas.`,
'problem.network-error': `Datafilen kunde inte läsas in. Kontrollera adressen i src, anslutningen och att servern tillåter den här webbplatsen att läsa filen (CORS).`,
'problem.not-object': `Datan är inte ett JSON-objekt.`,
'problem.not-utf8': `Filen är inte sparad som UTF-8: den lästes som Windows-1252, så vissa bokstäver kan bli fel. Spara den som UTF-8.`,
'problem.out-of-range': str`Förväntade ett tal i intervallet ${0}, fick ${1}.`,
'problem.timeout': str`Datafilen kom inte fram inom ${0}. Försök igen senare.`,
'problem.too-large': str`Datan är för stor (över ${0} tecken).`,
'problem.too-long': str`Texten är längre än ${0} tecken och har kortats.`,
'problem.too-many': str`Det finns för många poster; bara de första ${0} visas.`,
'problem.unknown-host': str`Ingen partner har id:t ${0}.`,
'problem.unknown-type': str`Okänd partnertyp ${0}.`,
'problem.unknown-version': str`Datan har schemaversion ${0}, som är nyare än widgeten känner till; den visar det den förstår.`,
'problem.unsafe-url': str`Endast länkar med https:, http: och mailto: är tillåtna, så ${0} utelämnades.`,
'problem.wrong-type': str`Fel typ av värde: förväntade ${0}, fick ${1}.`,
'problems.error': `Fel`,
'problems.root': `hela dokumentet`,
'problems.warning': `Varning`,
};
