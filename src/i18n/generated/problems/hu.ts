// Do not modify this file by hand! Written by scripts/split-locales.mjs from lit-localize's output.

import {str} from '@lit/localize';

/* eslint-disable no-irregular-whitespace */

export const templates = {
'count.problems.few': str`${0} probléma az adatokban`,
'count.problems.many': str`${0} probléma az adatokban`,
'count.problems.one': str`${0} probléma az adatokban`,
'count.problems.other': str`${0} probléma az adatokban`,
'count.problems.two': str`${0} probléma az adatokban`,
'count.problems.zero': str`${0} probléma az adatokban`,
'problem.country-alias': str`A widget az uniós ${0} országkódot ${1} kódként értelmezte.`,
'problem.duplicate-id': str`Többször használt azonosító: ${0}; csak az első jelenik meg.`,
'problem.empty': `Ez a szöveg üres.`,
'problem.end-before-start': str`A befejezés dátuma (${0}) korábbi a kezdés dátumánál.`,
'problem.http-error': str`Az adatfájlt nem sikerült betölteni: a szerver válasza ${0}. Ellenőrizze az src attribútumban megadott címet.`,
'problem.invalid-country': str`Kétbetűs országkód (például SE) szükséges, a kapott érték: ${0}.`,
'problem.invalid-date': str`YYYY-MM-DD formátumú dátum szükséges, a kapott érték: ${0}.`,
'problem.invalid-id': str`Kisbetűkből, számjegyekből és kötőjelekből álló azonosító szükséges, a kapott érték: ${0}.`,
'problem.invalid-json': str`A szöveg nem érvényes JSON: ${0}. sor, ${1}. oszlop.`,
'problem.invalid-json-nowhere': `A szöveg nem érvényes JSON.`,
'problem.invalid-language': str`${0}: nem nyelvkód (ilyen például: en vagy de-AT).`,
'problem.invalid-url': str`Teljes webcím szükséges, a kapott érték: ${0}.`,
'problem.language-slip': str`${0}: országkódnak tűnik. Nem ezt a nyelvkódot akarta írni: ${1}?`,
'problem.missing': `Ez a mező kötelező, de hiányzik.`,
'problem.network-error': `Az adatfájlt nem sikerült betölteni. Ellenőrizze az src attribútumban megadott címet és a kapcsolatot, valamint azt, hogy a szerver engedélyezi-e ennek a webhelynek a fájl olvasását (CORS).`,
'problem.not-object': `Az adatok nem JSON-objektumot alkotnak.`,
'problem.not-utf8': `A fájl nincs UTF-8 kódolással mentve: Windows-1252-ként lett beolvasva, ezért egyes betűk hibásak lehetnek. Mentse UTF-8 kódolással.`,
'problem.out-of-range': str`Ebbe a tartományba eső szám szükséges: ${0}; a kapott érték: ${1}.`,
'problem.timeout': str`Az adatfájl ${0} alatt nem érkezett meg. Próbálja újra később.`,
'problem.too-large': str`Az adatmennyiség túl nagy (több mint ${0} karakter).`,
'problem.too-long': str`Ez a szöveg hosszabb ${0} karakternél, ezért rövidítve jelenik meg.`,
'problem.too-many': str`Túl sok a bejegyzés; csak az első ${0} jelenik meg.`,
'problem.unknown-host': str`Egyik partnernek sincs ilyen azonosítója: ${0}.`,
'problem.unknown-type': str`Ismeretlen partnertípus: ${0}.`,
'problem.unknown-version': str`Az adatok sémaverziója (${0}) újabb, mint amit ez a widget ismer; a widget csak azt jeleníti meg, amit értelmezni tud.`,
'problem.unsafe-url': str`Csak https:, http: és mailto: hivatkozás engedélyezett, ezért ez kimaradt: ${0}.`,
'problem.wrong-type': str`Hibás értéktípus: a várt típus ${0}, a kapott ${1}.`,
'problems.error': `Hiba`,
'problems.root': `teljes dokumentum`,
'problems.warning': `Figyelmeztetés`,
};
