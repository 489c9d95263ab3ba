// Do not modify this file by hand! Written by scripts/split-locales.mjs from lit-localize's output.

import {str} from '@lit/localize';

/* eslint-disable no-irregular-whitespace */

export const templates = {
'count.problems.few': str`${0} problémy v údajoch`,
'count.problems.many': str`${0} problému v údajoch`,
'count.problems.one': str`${0} problém v údajoch`,
'count.problems.other': str`${0} problémov v údajoch`,
'count.problems.two': str`${0} problémov v údajoch`,
'count.problems.zero': str`${0} problémov v údajoch`,
'problem.country-alias': str`Kód krajiny EÚ ${0} bol interpretovaný ako ${1}.`,
'problem.duplicate-id': str`ID ${0} je použité viackrát; zobrazuje sa iba prvá položka.`,
'problem.empty': `Tento text je prázdny.`,
'problem.end-before-start': str`Dátum ukončenia ${0} je skôr ako dátum začatia.`,
'problem.http-error': str`Dátový súbor sa nepodarilo načítať: server odpovedal ${0}. Skontrolujte adresu v src.`,
'problem.invalid-country': str`Očakáva sa dvojpísmenový kód krajiny, napr. SE, nájdené: ${0}.`,
'problem.invalid-date': str`Očakáva sa dátum vo formáte YYYY-MM-DD, nájdené: ${0}.`,
'problem.invalid-id': str`Očakáva sa ID z malých písmen, číslic a spojovníkov, nájdené: ${0}.`,
'problem.invalid-json': str`Text nie je platný JSON: riadok ${0}, stĺpec ${1}.`,
'problem.invalid-json-nowhere': `Text nie je platný JSON.`,
'problem.invalid-language': str`${0} nie je kód jazyka (napr. en alebo de-AT).`,
'problem.invalid-url': str`Očakáva sa úplná webová adresa, nájdené: ${0}.`,
'problem.language-slip': str`${0} vyzerá ako kód krajiny: mali ste na mysli kód jazyka ${1}?`,
'problem.missing': `Toto pole je povinné, ale chýba.`,
'problem.network-error': `Dátový súbor sa nepodarilo načítať. Skontrolujte adresu v src, pripojenie a to, či server tejto stránke povoľuje súbor čítať (CORS).`,
'problem.not-object': `Údaje nie sú objekt JSON.`,
'problem.not-utf8': `Súbor nie je uložený v kódovaní UTF-8: bol prečítaný ako Windows-1252, takže niektoré písmená môžu byť nesprávne. Uložte ho v UTF-8.`,
'problem.out-of-range': str`Očakáva sa číslo v rozsahu ${0}, nájdené: ${1}.`,
'problem.timeout': str`Dátový súbor neprišiel v priebehu ${0}. Skúste to znova neskôr.`,
'problem.too-large': str`Údaje sú príliš veľké (viac ako ${0} znakov).`,
'problem.too-long': str`Tento text je dlhší ako ${0} znakov a bol skrátený.`,
'problem.too-many': str`Položiek je príliš veľa; zobrazuje sa iba prvých ${0}.`,
'problem.unknown-host': str`Žiadny partner nemá ID ${0}.`,
'problem.unknown-type': str`Neznámy typ partnera ${0}.`,
'problem.unknown-version': str`Údaje používajú verziu schémy ${0}, novšiu, než akú tento widget pozná; zobrazuje to, čomu rozumie.`,
'problem.unsafe-url': str`Povolené sú iba odkazy https:, http: a mailto:, preto bol odkaz ${0} vynechaný.`,
'problem.wrong-type': str`Nesprávny typ hodnoty: očakáva sa ${0}, nájdené ${1}.`,
'problems.error': `Chyba`,
'problems.root': `celý dokument`,
'problems.warning': `Upozornenie`,
};
