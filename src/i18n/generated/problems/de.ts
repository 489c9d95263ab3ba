// Do not modify this file by hand! Written by scripts/split-locales.mjs from lit-localize's output.

import {str} from '@lit/localize';

/* eslint-disable no-irregular-whitespace */

export const templates = {
'count.problems.few': str`${0} Probleme in den Daten`,
'count.problems.many': str`${0} Probleme in den Daten`,
'count.problems.one': str`${0} Problem in den Daten`,
'count.problems.other': str`${0} Probleme in den Daten`,
'count.problems.two': str`${0} Probleme in den Daten`,
'count.problems.zero': str`${0} Probleme in den Daten`,
'problem.country-alias': str`Der EU-Ländercode ${0} wurde als ${1} interpretiert.`,
'problem.duplicate-id': str`Die ID ${0} wird mehrfach verwendet; nur der erste Eintrag wird angezeigt.`,
'problem.empty': `Dieser Text ist leer.`,
'problem.end-before-start': str`Das Enddatum ${0} liegt vor dem Startdatum.`,
'problem.http-error': str`Die Datendatei konnte nicht geladen werden: Der Server antwortete mit ${0}. Prüfen Sie die Adresse in src.`,
'problem.invalid-country': str`Erwartet wurde ein Ländercode aus zwei Buchstaben wie SE, gefunden: ${0}.`,
'problem.invalid-date': str`Erwartet wurde ein Datum im Format YYYY-MM-DD, gefunden: ${0}.`,
'problem.invalid-id': str`Erwartet wurde eine ID aus Kleinbuchstaben, Ziffern und Bindestrichen, gefunden: ${0}.`,
'problem.invalid-json': str`Der Text ist kein gültiges JSON: Zeile ${0}, Spalte ${1}.`,
'problem.invalid-json-nowhere': `Der Text ist kein gültiges JSON.`,
'problem.invalid-language': str`${0} ist kein Sprachcode (wie en oder de-AT).`,
'problem.invalid-url': str`Erwartet wurde eine vollständige Webadresse, gefunden: ${0}.`,
'problem.language-slip': str`${0} sieht aus wie ein Ländercode: Ist der Sprachcode ${1} gemeint?`,
'problem.missing': `Dieses Feld ist erforderlich, fehlt aber.`,
'problem.network-error': `Die Datendatei konnte nicht geladen werden. Prüfen Sie die Adresse in src, die Verbindung und ob der Server dieser Website das Lesen der Datei erlaubt (CORS).`,
'problem.not-object': `Die Daten sind kein JSON-Objekt.`,
'problem.not-utf8': `Die Datei ist nicht als UTF-8 gespeichert: sie wurde als Windows-1252 gelesen, daher können einzelne Buchstaben falsch sein. Speichern Sie sie als UTF-8.`,
'problem.out-of-range': str`Erwartet wurde eine Zahl im Bereich ${0}, gefunden: ${1}.`,
'problem.timeout': str`Die Datendatei ist nicht innerhalb von ${0} eingetroffen. Versuchen Sie es später erneut.`,
'problem.too-large': str`Die Daten sind zu groß (über ${0} Zeichen).`,
'problem.too-long': str`Dieser Text ist länger als ${0} Zeichen und wurde gekürzt.`,
'problem.too-many': str`Es gibt zu viele Einträge; nur die ersten ${0} werden angezeigt.`,
'problem.unknown-host': str`Es gibt keinen Partner mit der ID ${0}.`,
'problem.unknown-type': str`Unbekannter Partnertyp ${0}.`,
'problem.unknown-version': str`Die Daten verwenden die Schemaversion ${0}, die neuer ist, als dieses Widget kennt; angezeigt wird, was es versteht.`,
'problem.unsafe-url': str`Nur Links mit https:, http: und mailto: sind erlaubt, daher wurde ${0} weggelassen.`,
'problem.wrong-type': str`Falscher Werttyp: Erwartet wurde ${0}, gefunden: ${1}.`,
'problems.error': `Fehler`,
'problems.root': `gesamtes Dokument`,
'problems.warning': `Warnung`,
};
