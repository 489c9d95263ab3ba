// Do not modify this file by hand! Written by scripts/split-locales.mjs from lit-localize's output.

import {str} from '@lit/localize';

/* eslint-disable no-irregular-whitespace */

export const templates = {
'count.problems.few': str`${0} težave v podatkih`,
'count.problems.many': str`${0} težav v podatkih`,
'count.problems.one': str`${0} težava v podatkih`,
'count.problems.other': str`${0} težav v podatkih`,
'count.problems.two': str`${0} težavi v podatkih`,
'count.problems.zero': str`${0} težav v podatkih`,
'problem.country-alias': str`Koda države EU ${0} je bila razumljena kot ${1}.`,
'problem.duplicate-id': str`Identifikator ${0} je uporabljen večkrat; prikazan je samo prvi vnos.`,
'problem.empty': `To besedilo je prazno.`,
'problem.end-before-start': str`Končni datum ${0} je pred začetnim datumom.`,
'problem.http-error': str`Podatkovne datoteke ni bilo mogoče naložiti: strežnik je odgovoril ${0}. Preverite naslov v src.`,
'problem.invalid-country': str`Pričakovana je dvočrkovna koda države, npr. SE, najdeno: ${0}.`,
'problem.invalid-date': str`Pričakovan je datum v obliki YYYY-MM-DD, najdeno: ${0}.`,
'problem.invalid-id': str`Pričakovan je identifikator iz malih črk, števk in vezajev, najdeno: ${0}.`,
'problem.invalid-json': str`Besedilo ni veljaven JSON: vrstica ${0}, stolpec ${1}.`,
'problem.invalid-json-nowhere': `Besedilo ni veljaven JSON.`,
'problem.invalid-language': str`${0} ni koda jezika (npr. en ali de-AT).`,
'problem.invalid-url': str`Pričakovan je celoten spletni naslov, najdeno: ${0}.`,
'problem.language-slip': str`${0} je videti kot oznaka države: ste mislili oznako jezika ${1}?`,
'problem.missing': `To polje je obvezno, vendar manjka.`,
'problem.network-error': `Podatkovne datoteke ni bilo mogoče naložiti. Preverite naslov v src, povezavo in ali strežnik tej spletni strani dovoli branje datoteke (CORS).`,
'problem.not-object': `Podatki niso objekt JSON.`,
'problem.not-utf8': `Datoteka ni shranjena v UTF-8: prebrana je bila kot Windows-1252, zato so nekatere črke morda napačne. Shranite jo v UTF-8.`,
'problem.out-of-range': str`Pričakovano je število v obsegu ${0}, najdeno: ${1}.`,
'problem.timeout': str`Podatkovna datoteka ni prispela v roku ${0}. Poskusite znova pozneje.`,
'problem.too-large': str`Podatki so preveliki (več kot ${0} znakov).`,
'problem.too-long': str`To besedilo je daljše od ${0} znakov in je bilo skrajšano.`,
'problem.too-many': str`Vnosov je preveč; prikazanih je samo prvih ${0}.`,
'problem.unknown-host': str`Noben partner nima identifikatorja ${0}.`,
'problem.unknown-type': str`Neznana vrsta partnerja ${0}.`,
'problem.unknown-version': str`Podatki uporabljajo različico sheme ${0}, ki je novejša od tistih, ki jih ta gradnik pozna; prikazuje, kar razume.`,
'problem.unsafe-url': str`Dovoljene so samo povezave https:, http: in mailto:, zato je bila povezava ${0} izpuščena.`,
'problem.wrong-type': str`Napačna vrsta vrednosti: pričakovano ${0}, najdeno ${1}.`,
'problems.error': `Napaka`,
'problems.root': `celoten dokument`,
'problems.warning': `Opozorilo`,
};
