// Do not modify this file by hand! Written by scripts/split-locales.mjs from lit-localize's output.

import {str} from '@lit/localize';

/* eslint-disable no-irregular-whitespace */

export const templates = {
'count.problems.few': str`${0} probleemi andmetes`,
'count.problems.many': str`${0} probleemi andmetes`,
'count.problems.one': str`${0} probleem andmetes`,
'count.problems.other': str`${0} probleemi andmetes`,
'count.problems.two': str`${0} probleemi andmetes`,
'count.problems.zero': str`${0} probleemi andmetes`,
'problem.country-alias': str`ELi riigikoodi ${0} tõlgendati kui ${1}.`,
'problem.duplicate-id': str`Id-d ${0} on kasutatud mitu korda; näidatakse ainult esimest.`,
'problem.empty': `See tekst on tühi.`,
'problem.end-before-start': str`Lõppkuupäev ${0} on varasem kui alguskuupäev.`,
'problem.http-error': str`Andmefaili ei õnnestunud laadida: server vastas ${0}. Kontrollige atribuudis src olevat aadressi.`,
'problem.invalid-country': str`Oodati kahetähelist riigikoodi (nt SE), leiti ${0}.`,
'problem.invalid-date': str`Oodati kuupäeva kujul YYYY-MM-DD, leiti ${0}.`,
'problem.invalid-id': str`Oodati väiketähtedest, numbritest ja sidekriipsudest koosnevat id-d, leiti ${0}.`,
'problem.invalid-json': str`Tekst ei ole kehtiv JSON: rida ${0}, veerg ${1}.`,
'problem.invalid-json-nowhere': `Tekst ei ole kehtiv JSON.`,
'problem.invalid-language': str`${0} ei ole keelekood (nt en või de-AT).`,
'problem.invalid-url': str`Oodati täielikku veebiaadressi, leiti ${0}.`,
'problem.language-slip': str`${0} näib olevat riigikood: kas mõtlesite keelekoodi ${1}?`,
'problem.missing': `See väli on kohustuslik, kuid puudub.`,
'problem.network-error': `Andmefaili ei õnnestunud laadida. Kontrollige atribuudis src olevat aadressi, ühendust ja seda, kas server lubab sellel saidil faili lugeda (CORS).`,
'problem.not-object': `Andmed ei ole JSON-objekt.`,
'problem.not-utf8': `Fail ei ole salvestatud UTF-8 kodeeringus: see loeti kui Windows-1252, seega võivad mõned tähed olla valed. Salvestage see UTF-8 kodeeringus.`,
'problem.out-of-range': str`Oodati arvu vahemikus ${0}, leiti ${1}.`,
'problem.timeout': str`Andmefail ei saabunud ${0} jooksul. Proovige hiljem uuesti.`,
'problem.too-large': str`Andmed on liiga mahukad (üle ${0} märgi).`,
'problem.too-long': str`See tekst on pikem kui ${0} märki ja seda lühendati.`,
'problem.too-many': str`Kirjeid on liiga palju; näidatakse ainult ${0} esimest.`,
'problem.unknown-host': str`Ühelgi partneril pole id-d ${0}.`,
'problem.unknown-type': str`Tundmatu partneri tüüp ${0}.`,
'problem.unknown-version': str`Andmete skeemi versioon on ${0}, mis on uuem, kui see vidin tunneb; vidin näitab seda, millest ta aru saab.`,
'problem.unsafe-url': str`Lubatud on ainult lingid skeemiga https:, http: või mailto:, seega jäeti ${0} välja.`,
'problem.wrong-type': str`Vale väärtuse tüüp: oodati ${0}, leiti ${1}.`,
'problems.error': `Viga`,
'problems.root': `kogu dokument`,
'problems.warning': `Hoiatus`,
};
