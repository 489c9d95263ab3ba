// Do not modify this file by hand! Written by scripts/split-locales.mjs from lit-localize's output.

import {str} from '@lit/localize';

/* eslint-disable no-irregular-whitespace */

export const templates = {
'count.problems.few': str`${0} problema u podacima`,
'count.problems.many': str`${0} problema u podacima`,
'count.problems.one': str`${0} problem u podacima`,
'count.problems.other': str`${0} problema u podacima`,
'count.problems.two': str`${0} problema u podacima`,
'count.problems.zero': str`${0} problema u podacima`,
'problem.country-alias': str`Oznaka zemlje ${0} koja se upotrebljava u EU-u protumačena je kao ${1}.`,
'problem.duplicate-id': str`Id ${0} upotrijebljen je više puta; prikazan je samo prvi.`,
'problem.empty': `Ovaj je tekst prazan.`,
'problem.end-before-start': str`Datum završetka ${0} raniji je od datuma početka.`,
'problem.http-error': str`Datoteka s podacima nije se mogla učitati: poslužitelj je odgovorio ${0}. Provjerite adresu u atributu src.`,
'problem.invalid-country': str`Očekuje se dvoslovna oznaka zemlje, npr. SE; pronađeno: ${0}.`,
'problem.invalid-date': str`Očekuje se datum u obliku YYYY-MM-DD; pronađeno: ${0}.`,
'problem.invalid-id': str`Očekuje se id sastavljen od malih slova, znamenaka i crtica; pronađeno: ${0}.`,
'problem.invalid-json': str`Tekst nije valjan JSON: redak ${0}, stupac ${1}.`,
'problem.invalid-json-nowhere': `Tekst nije valjan JSON.`,
'problem.invalid-language': str`${0} nije oznaka jezika (npr. en ili de-AT).`,
'problem.invalid-url': str`Očekuje se potpuna mrežna adresa; pronađeno: ${0}.`,
'problem.language-slip': str`${0} izgleda kao oznaka zemlje: jeste li mislili na oznaku jezika ${1}?`,
'problem.missing': `Ovo je polje obavezno, ali nedostaje.`,
'problem.network-error': `Datoteka s podacima nije se mogla učitati. Provjerite adresu u atributu src, vezu te dopušta li poslužitelj ovoj stranici čitanje datoteke (CORS).`,
'problem.not-object': `Podaci nisu JSON objekt.`,
'problem.not-utf8': `Datoteka nije spremljena kao UTF-8: pročitana je kao Windows-1252, pa neka slova mogu biti pogrešna. Spremite je kao UTF-8.`,
'problem.out-of-range': str`Očekuje se broj u rasponu ${0}; pronađeno: ${1}.`,
'problem.timeout': str`Datoteka s podacima nije stigla u roku od ${0}. Pokušajte ponovno kasnije.`,
'problem.too-large': str`Podaci su preveliki (više od ${0} znakova).`,
'problem.too-long': str`Ovaj je tekst dulji od ${0} znakova pa je skraćen.`,
'problem.too-many': str`Previše je unosa; prikazano je samo prvih ${0}.`,
'problem.unknown-host': str`Nijedan partner nema id ${0}.`,
'problem.unknown-type': str`Nepoznata vrsta partnera: ${0}.`,
'problem.unknown-version': str`Podaci su u verziji sheme ${0}, novijoj od onih koje ovaj widget poznaje; prikazano je ono što se moglo razumjeti.`,
'problem.unsafe-url': str`Dopuštene su samo poveznice https:, http: i mailto:, pa je adresa ${0} izostavljena.`,
'problem.wrong-type': str`Pogrešna vrsta vrijednosti: očekuje se ${0}; pronađeno: ${1}.`,
'problems.error': `Pogreška`,
'problems.root': `cijeli dokument`,
'problems.warning': `Upozorenje`,
};
