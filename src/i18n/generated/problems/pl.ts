// Do not modify this file by hand! Written by scripts/split-locales.mjs from lit-localize's output.

import {str} from '@lit/localize';

/* eslint-disable no-irregular-whitespace */

export const templates = {
'count.problems.few': str`${0} problemy w danych`,
'count.problems.many': str`${0} problemów w danych`,
'count.problems.one': str`${0} problem w danych`,
'count.problems.other': str`${0} problemu w danych`,
'count.problems.two': str`${0} problemu w danych`,
'count.problems.zero': str`${0} problemu w danych`,
'problem.country-alias': str`Kod kraju UE ${0} został odczytany jako ${1}.`,
'problem.duplicate-id': str`Identyfikator ${0} jest użyty więcej niż raz; wyświetlany jest tylko pierwszy wpis.`,
'problem.empty': `Ten tekst jest pusty.`,
'problem.end-before-start': str`Data zakończenia ${0} jest wcześniejsza niż data rozpoczęcia.`,
'problem.http-error': str`Nie udało się wczytać pliku danych: serwer odpowiedział ${0}. Sprawdź adres w src.`,
'problem.invalid-country': str`Oczekiwano dwuliterowego kodu kraju, np. SE, znaleziono: ${0}.`,
'problem.invalid-date': str`Oczekiwano daty w formacie YYYY-MM-DD, znaleziono: ${0}.`,
'problem.invalid-id': str`Oczekiwano identyfikatora złożonego z małych liter, cyfr i łączników, znaleziono: ${0}.`,
'problem.invalid-json': str`Tekst nie jest poprawnym kodem JSON: wiersz ${0}, kolumna ${1}.`,
'problem.invalid-json-nowhere': `Tekst nie jest poprawnym kodem JSON.`,
'problem.invalid-language': str`${0} nie jest kodem języka (np. en lub de-AT).`,
'problem.invalid-url': str`Oczekiwano pełnego adresu internetowego, znaleziono: ${0}.`,
'problem.language-slip': str`${0} wygląda na kod kraju: czy chodziło o kod języka ${1}?`,
'problem.missing': `To pole jest wymagane, ale go brakuje.`,
'problem.network-error': `Nie udało się wczytać pliku danych. Sprawdź adres w src, połączenie oraz to, czy serwer pozwala tej witrynie go odczytać (CORS).`,
'problem.not-object': `Dane nie są obiektem JSON.`,
'problem.not-utf8': `Plik nie jest zapisany w kodowaniu UTF-8: odczytano go jako Windows-1252, więc niektóre litery mogą być błędne. Należy zapisać go w UTF-8.`,
'problem.out-of-range': str`Oczekiwano liczby z zakresu ${0}, znaleziono: ${1}.`,
'problem.timeout': str`Plik danych nie dotarł w ciągu ${0}. Spróbuj ponownie później.`,
'problem.too-large': str`Dane są zbyt duże (ponad ${0} znaków).`,
'problem.too-long': str`Ten tekst ma ponad ${0} znaków i został skrócony.`,
'problem.too-many': str`Wpisów jest za dużo; wyświetlanych jest tylko pierwszych ${0}.`,
'problem.unknown-host': str`Żaden partner nie ma identyfikatora ${0}.`,
'problem.unknown-type': str`Nieznany typ partnera ${0}.`,
'problem.unknown-version': str`Dane mają wersję schematu ${0}, nowszą niż zna ten widżet; wyświetla on to, co rozumie.`,
'problem.unsafe-url': str`Dozwolone są tylko linki https:, http: i mailto:, dlatego pominięto ${0}.`,
'problem.wrong-type': str`Nieprawidłowy typ wartości: oczekiwano ${0}, znaleziono ${1}.`,
'problems.error': `Błąd`,
'problems.root': `cały dokument`,
'problems.warning': `Ostrzeżenie`,
};
