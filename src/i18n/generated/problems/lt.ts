// Do not modify this file by hand! Written by scripts/split-locales.mjs from lit-localize's output.

import {str} from '@lit/localize';

/* eslint-disable no-irregular-whitespace */

export const templates = {
'count.problems.few': str`${0} problemos duomenyse`,
'count.problems.many': str`${0} problemos duomenyse`,
'count.problems.one': str`${0} problema duomenyse`,
'count.problems.other': str`${0} problemų duomenyse`,
'count.problems.two': str`${0} problemų duomenyse`,
'count.problems.zero': str`${0} problemų duomenyse`,
'problem.country-alias': str`ES šalies kodas ${0} perskaitytas kaip ${1}.`,
'problem.duplicate-id': str`Identifikatorius ${0} naudojamas daugiau nei kartą; rodomas tik pirmasis.`,
'problem.empty': `Šis tekstas tuščias.`,
'problem.end-before-start': str`Pabaigos data ${0} yra ankstesnė už pradžios datą.`,
'problem.http-error': str`Nepavyko įkelti duomenų failo: serveris atsakė ${0}. Patikrinkite adresą atribute src.`,
'problem.invalid-country': str`Tikėtasi dviraidžio šalies kodo, pvz., SE, rasta ${0}.`,
'problem.invalid-date': str`Tikėtasi datos formatu YYYY-MM-DD, rasta ${0}.`,
'problem.invalid-id': str`Tikėtasi identifikatoriaus (id) iš mažųjų raidžių, skaitmenų ir brūkšnelių, rasta ${0}.`,
'problem.invalid-json': str`Tekstas nėra tinkamas JSON: ${0} eilutė, ${1} stulpelis.`,
'problem.invalid-json-nowhere': `Tekstas nėra tinkamas JSON.`,
'problem.invalid-language': str`${0} nėra kalbos kodas (pvz., en arba de-AT).`,
'problem.invalid-url': str`Tikėtasi viso interneto adreso, rasta ${0}.`,
'problem.language-slip': str`${0} atrodo kaip šalies kodas: gal turėjote omenyje kalbos kodą ${1}?`,
'problem.missing': `Šis laukas privalomas, bet jo nėra.`,
'problem.network-error': `Nepavyko įkelti duomenų failo. Patikrinkite adresą atribute src, ryšį ir ar serveris leidžia šiai svetainei jį skaityti (CORS).`,
'problem.not-object': `Duomenys nėra JSON objektas.`,
'problem.not-utf8': `Failas neišsaugotas UTF-8 koduote: jis perskaitytas kaip Windows-1252, todėl kai kurios raidės gali būti neteisingos. Išsaugokite jį UTF-8 koduote.`,
'problem.out-of-range': str`Tikėtasi skaičiaus intervale ${0}, rasta ${1}.`,
'problem.timeout': str`Duomenų failas nebuvo gautas per ${0}. Pabandykite vėliau.`,
'problem.too-large': str`Duomenys per dideli (daugiau nei ${0} simbolių).`,
'problem.too-long': str`Šis tekstas ilgesnis nei ${0} simbolių, todėl buvo sutrumpintas.`,
'problem.too-many': str`Įrašų per daug; rodomi tik pirmieji ${0}.`,
'problem.unknown-host': str`Nėra partnerio, kurio identifikatorius ${0}.`,
'problem.unknown-type': str`Nežinomas partnerio tipas ${0}.`,
'problem.unknown-version': str`Duomenų schemos versija yra ${0}, t. y. naujesnė, nei žino šis valdiklis; rodoma tai, ką jis supranta.`,
'problem.unsafe-url': str`Leidžiamos tik https:, http: ir mailto: nuorodos, todėl nuoroda ${0} praleista.`,
'problem.wrong-type': str`Netinkamas reikšmės tipas: tikėtasi ${0}, rasta ${1}.`,
'problems.error': `Klaida`,
'problems.root': `visas dokumentas`,
'problems.warning': `Įspėjimas`,
};
