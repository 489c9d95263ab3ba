// Do not modify this file by hand! Written by scripts/split-locales.mjs from lit-localize's output.

import {str} from '@lit/localize';

/* eslint-disable no-irregular-whitespace */

export const templates = {
'count.problems.few': str`${0} probleme în date`,
'count.problems.many': str`${0} de probleme în date`,
'count.problems.one': str`${0} problemă în date`,
'count.problems.other': str`${0} de probleme în date`,
'count.problems.two': str`${0} de probleme în date`,
'count.problems.zero': str`${0} de probleme în date`,
'problem.country-alias': str`Codul de țară UE ${0} a fost interpretat ca ${1}.`,
'problem.duplicate-id': str`Identificatorul ${0} este folosit de mai multe ori; se afișează doar primul.`,
'problem.empty': `Acest text este gol.`,
'problem.end-before-start': str`Data de încheiere ${0} este anterioară datei de început.`,
'problem.http-error': str`Fișierul de date nu a putut fi încărcat: serverul a răspuns ${0}. Verificați adresa din src.`,
'problem.invalid-country': str`Se aștepta un cod de țară din două litere, de exemplu SE, dar s-a găsit ${0}.`,
'problem.invalid-date': str`Se aștepta o dată în formatul YYYY-MM-DD, dar s-a găsit ${0}.`,
'problem.invalid-id': str`Se aștepta un identificator format din litere mici, cifre și cratime, dar s-a găsit ${0}.`,
'problem.invalid-json': str`Textul nu este JSON valid: linia ${0}, coloana ${1}.`,
'problem.invalid-json-nowhere': `Textul nu este JSON valid.`,
'problem.invalid-language': str`${0} nu este un cod de limbă (de exemplu en sau de-AT).`,
'problem.invalid-url': str`Se aștepta o adresă web completă, dar s-a găsit ${0}.`,
'problem.language-slip': str`${0} pare un cod de țară: ați vrut să scrieți codul de limbă ${1}?`,
'problem.missing': `Acest câmp este obligatoriu, dar lipsește.`,
'problem.network-error': `Fișierul de date nu a putut fi încărcat. Verificați adresa din src, conexiunea și dacă serverul permite acestui site să îl citească (CORS).`,
'problem.not-object': `Datele nu sunt un obiect JSON.`,
'problem.not-utf8': `Fișierul nu este salvat în UTF-8: a fost citit ca Windows-1252, așa că unele litere pot fi greșite. Salvați-l în UTF-8.`,
'problem.out-of-range': str`Se aștepta un număr în intervalul ${0}, dar s-a găsit ${1}.`,
'problem.timeout': str`Fișierul de date nu a sosit în ${0}. Încercați din nou mai târziu.`,
'problem.too-large': str`Datele sunt prea mari (peste ${0} de caractere).`,
'problem.too-long': str`Acest text depășește ${0} de caractere și a fost scurtat.`,
'problem.too-many': str`Există prea multe intrări; se afișează doar primele ${0}.`,
'problem.unknown-host': str`Niciun partener nu are identificatorul ${0}.`,
'problem.unknown-type': str`Tip de partener necunoscut: ${0}.`,
'problem.unknown-version': str`Datele folosesc versiunea de schemă ${0}, mai nouă decât cele cunoscute de acest widget; se afișează ceea ce poate interpreta.`,
'problem.unsafe-url': str`Sunt permise doar linkuri https:, http: și mailto:, așa că ${0} a fost omis.`,
'problem.wrong-type': str`Tip de valoare greșit: se aștepta ${0}, dar s-a găsit ${1}.`,
'problems.error': `Eroare`,
'problems.root': `întregul document`,
'problems.warning': `Avertisment`,
};
