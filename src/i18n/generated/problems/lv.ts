// Do not modify this file by hand! Written by scripts/split-locales.mjs from lit-localize's output.

import {str} from '@lit/localize';

/* eslint-disable no-irregular-whitespace */

export const templates = {
'count.problems.few': str`${0} problēmas datos`,
'count.problems.many': str`${0} problēmas datos`,
'count.problems.one': str`${0} problēma datos`,
'count.problems.other': str`${0} problēmas datos`,
'count.problems.two': str`${0} problēmas datos`,
'count.problems.zero': str`${0} problēmu datos`,
'problem.country-alias': str`ES valsts kods ${0} nolasīts kā ${1}.`,
'problem.duplicate-id': str`Identifikators ${0} izmantots vairāk nekā vienu reizi; parādīts tikai pirmais.`,
'problem.empty': `Šis teksts ir tukšs.`,
'problem.end-before-start': str`Beigu datums ${0} ir pirms sākuma datuma.`,
'problem.http-error': str`Datu failu neizdevās ielādēt: serveris atbildēja ar ${0}. Pārbaudiet adresi atribūtā src.`,
'problem.invalid-country': str`Gaidīts divburtu valsts kods, piemēram, SE, bet norādīts ${0}.`,
'problem.invalid-date': str`Gaidīts datums formātā YYYY-MM-DD, bet norādīts ${0}.`,
'problem.invalid-id': str`Gaidīts identifikators (id) no mazajiem burtiem, cipariem un defisēm, bet norādīts ${0}.`,
'problem.invalid-json': str`Teksts nav derīgs JSON: ${0}. rinda, ${1}. kolonna.`,
'problem.invalid-json-nowhere': `Teksts nav derīgs JSON.`,
'problem.invalid-language': str`${0} nav valodas kods (piemēram, en vai de-AT).`,
'problem.invalid-url': str`Gaidīta pilna tīmekļa adrese, bet norādīts ${0}.`,
'problem.language-slip': str`${0} izskatās pēc valsts koda: vai domājāt valodas kodu ${1}?`,
'problem.missing': `Šis lauks ir obligāts, bet tā trūkst.`,
'problem.network-error': `Datu failu neizdevās ielādēt. Pārbaudiet adresi atribūtā src, savienojumu un to, vai serveris ļauj šai vietnei nolasīt failu (CORS).`,
'problem.not-object': `Dati nav JSON objekts.`,
'problem.not-utf8': `Fails nav saglabāts UTF-8 kodējumā: tas nolasīts kā Windows-1252, tāpēc daži burti var būt nepareizi. Saglabājiet to UTF-8 kodējumā.`,
'problem.out-of-range': str`Gaidīts skaitlis diapazonā ${0}, bet norādīts ${1}.`,
'problem.timeout': str`Datu fails netika saņemts ${0} laikā. Mēģiniet vēlreiz vēlāk.`,
'problem.too-large': str`Dati ir pārāk lieli (vairāk nekā ${0} rakstzīmju).`,
'problem.too-long': str`Šis teksts ir garāks par ${0} rakstzīmēm, tāpēc tas tika saīsināts.`,
'problem.too-many': str`Ierakstu ir par daudz; parādīti tikai pirmie ${0}.`,
'problem.unknown-host': str`Nav partnera ar identifikatoru ${0}.`,
'problem.unknown-type': str`Nezināms partnera veids ${0}.`,
'problem.unknown-version': str`Datu shēmas versija ir ${0}, kas ir jaunāka, nekā pazīst šis logrīks; tiek parādīts tas, ko logrīks saprot.`,
'problem.unsafe-url': str`Atļautas tikai https:, http: un mailto: saites, tāpēc saite ${0} netika iekļauta.`,
'problem.wrong-type': str`Nepareizs vērtības veids: gaidīts ${0}, bet norādīts ${1}.`,
'problems.error': `Kļūda`,
'problems.root': `viss dokuments`,
'problems.warning': `Brīdinājums`,
};
