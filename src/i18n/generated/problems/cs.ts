// Do not modify this file by hand! Written by scripts/split-locales.mjs from lit-localize's output.

import {str} from '@lit/localize';

/* eslint-disable no-irregular-whitespace */

export const templates = {
'count.problems.few': str`${0} problémy v datech`,
'count.problems.many': str`${0} problému v datech`,
'count.problems.one': str`${0} problém v datech`,
'count.problems.other': str`${0} problémů v datech`,
'count.problems.two': str`${0} problémů v datech`,
'count.problems.zero': str`${0} problémů v datech`,
'problem.country-alias': str`Kód země EU ${0} byl interpretován jako ${1}.`,
'problem.duplicate-id': str`ID ${0} je použito vícekrát; zobrazuje se pouze první položka.`,
'problem.empty': `Tento text je prázdný.`,
'problem.end-before-start': str`Datum ukončení ${0} je dřívější než datum zahájení.`,
'problem.http-error': str`Datový soubor se nepodařilo načíst: server odpověděl ${0}. Zkontrolujte adresu v src.`,
'problem.invalid-country': str`Očekáván dvoupísmenný kód země, např. SE, nalezeno: ${0}.`,
'problem.invalid-date': str`Očekáváno datum ve formátu YYYY-MM-DD, nalezeno: ${0}.`,
'problem.invalid-id': str`Očekáváno ID z malých písmen, číslic a spojovníků, nalezeno: ${0}.`,
'problem.invalid-json': str`Text není platný JSON: řádek ${0}, sloupec ${1}.`,
'problem.invalid-json-nowhere': `Text není platný JSON.`,
'problem.invalid-language': str`${0} není kód jazyka (např. en nebo de-AT).`,
'problem.invalid-url': str`Očekávána úplná webová adresa, nalezeno: ${0}.`,
'problem.language-slip': str`${0} vypadá jako kód země: neměli jste na mysli kód jazyka ${1}?`,
'problem.missing': `Toto pole je povinné, ale chybí.`,
'problem.network-error': `Datový soubor se nepodařilo načíst. Zkontrolujte adresu v src, připojení a to, zda server tomuto webu povoluje soubor číst (CORS).`,
'problem.not-object': `Data nejsou objekt JSON.`,
'problem.not-utf8': `Soubor není uložen v kódování UTF-8: byl přečten jako Windows-1252, takže některá písmena mohou být chybná. Uložte jej v UTF-8.`,
'problem.out-of-range': str`Očekáváno číslo v rozsahu ${0}, nalezeno: ${1}.`,
'problem.timeout': str`Datový soubor nedorazil během ${0}. Zkuste to znovu později.`,
'problem.too-large': str`Data jsou příliš velká (přes ${0} znaků).`,
'problem.too-long': str`Tento text je delší než ${0} znaků a byl zkrácen.`,
'problem.too-many': str`Položek je příliš mnoho; zobrazuje se pouze prvních ${0}.`,
'problem.unknown-host': str`Žádný partner nemá ID ${0}.`,
'problem.unknown-type': str`Neznámý typ partnera ${0}.`,
'problem.unknown-version': str`Data používají verzi schématu ${0}, novější, než jakou tento widget zná; zobrazuje to, čemu rozumí.`,
'problem.unsafe-url': str`Povoleny jsou pouze odkazy https:, http: a mailto:, proto byl odkaz ${0} vynechán.`,
'problem.wrong-type': str`Nesprávný typ hodnoty: očekáváno ${0}, nalezeno ${1}.`,
'problems.error': `Chyba`,
'problems.root': `celý dokument`,
'problems.warning': `Varování`,
};
