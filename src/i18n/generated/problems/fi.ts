// Do not modify this file by hand! Written by scripts/split-locales.mjs from lit-localize's output.

import {str} from '@lit/localize';

/* eslint-disable no-irregular-whitespace */

export const templates = {
'count.problems.few': str`${0} ongelmaa tiedoissa`,
'count.problems.many': str`${0} ongelmaa tiedoissa`,
'count.problems.one': str`${0} ongelma tiedoissa`,
'count.problems.other': str`${0} ongelmaa tiedoissa`,
'count.problems.two': str`${0} ongelmaa tiedoissa`,
'count.problems.zero': str`${0} ongelmaa tiedoissa`,
'problem.country-alias': str`EU:n maatunnus ${0} tulkittiin tunnukseksi ${1}.`,
'problem.duplicate-id': str`Tunnistetta ${0} on käytetty useammin kuin kerran; vain ensimmäinen näytetään.`,
'problem.empty': `Tämä teksti on tyhjä.`,
'problem.end-before-start': str`Päättymispäivä ${0} on ennen alkamispäivää.`,
'problem.http-error': str`Tietotiedostoa ei voitu ladata: palvelin vastasi ${0}. Tarkista src-määritteen osoite.`,
'problem.invalid-country': str`Odotettiin kaksikirjaimista maatunnusta, kuten SE, mutta arvo on ${0}.`,
'problem.invalid-date': str`Odotettiin päivämäärää muodossa YYYY-MM-DD, mutta arvo on ${0}.`,
'problem.invalid-id': str`Odotettiin tunnistetta (id), jossa on vain pieniä kirjaimia, numeroita ja yhdysmerkkejä, mutta arvo on ${0}.`,
'problem.invalid-json': str`Teksti ei ole kelvollista JSON-muotoa: rivi ${0}, sarake ${1}.`,
'problem.invalid-json-nowhere': `Teksti ei ole kelvollista JSON-muotoa.`,
'problem.invalid-language': str`${0} ei ole kielikoodi (kuten en tai de-AT).`,
'problem.invalid-url': str`Odotettiin täydellistä verkko-osoitetta, mutta arvo on ${0}.`,
'problem.language-slip': str`${0} näyttää maakoodilta: tarkoititko kielikoodia ${1}?`,
'problem.missing': `Tämä kenttä on pakollinen, mutta se puuttuu.`,
'problem.network-error': `Tietotiedostoa ei voitu ladata. Tarkista src-määritteen osoite, verkkoyhteys ja se, että palvelin sallii tämän sivuston lukea tiedoston (CORS).`,
'problem.not-object': `Tiedot eivät ole JSON-objekti.`,
'problem.not-utf8': `Tiedostoa ei ole tallennettu UTF-8-muodossa: se luettiin Windows-1252-muodossa, joten jotkin kirjaimet voivat olla väärin. Tallenna se UTF-8-muodossa.`,
'problem.out-of-range': str`Odotettiin lukua väliltä ${0}, mutta arvo on ${1}.`,
'problem.timeout': str`Tietotiedostoa ei saatu ladattua aikarajassa (${0}). Yritä myöhemmin uudelleen.`,
'problem.too-large': str`Tiedot ovat liian suuret (yli ${0} merkkiä).`,
'problem.too-long': str`Tämä teksti on yli ${0} merkkiä pitkä, joten se lyhennettiin.`,
'problem.too-many': str`Kohteita on liikaa; vain ensimmäiset ${0} näytetään.`,
'problem.unknown-host': str`Millään partnerilla ei ole tunnistetta ${0}.`,
'problem.unknown-type': str`Tuntematon partnerityyppi ${0}.`,
'problem.unknown-version': str`Tietojen skeemaversio ${0} on uudempi kuin tämä pienoissovellus tuntee; siitä näytetään se, mikä voidaan tulkita.`,
'problem.unsafe-url': str`Vain linkit, jotka alkavat https:, http: tai mailto:, ovat sallittuja, joten ${0} jätettiin pois.`,
'problem.wrong-type': str`Väärä arvotyyppi: odotettiin ${0}, mutta arvo on ${1}.`,
'problems.error': `Virhe`,
'problems.root': `koko asiakirja`,
'problems.warning': `Varoitus`,
};
