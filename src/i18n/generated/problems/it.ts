// Do not modify this file by hand! Written by scripts/split-locales.mjs from lit-localize's output.

import {str} from '@lit/localize';

/* eslint-disable no-irregular-whitespace */

export const templates = {
'count.problems.few': str`${0} problemi nei dati`,
'count.problems.many': str`${0} di problemi nei dati`,
'count.problems.one': str`${0} problema nei dati`,
'count.problems.other': str`${0} problemi nei dati`,
'count.problems.two': str`${0} problemi nei dati`,
'count.problems.zero': str`${0} problemi nei dati`,
'problem.country-alias': str`Il codice paese UE ${0} è stato interpretato come ${1}.`,
'problem.duplicate-id': str`L'id ${0} è usato più di una volta; viene mostrato solo il primo.`,
'problem.empty': `Questo testo è vuoto.`,
'problem.end-before-start': str`La data di fine ${0} è precedente alla data di inizio.`,
'problem.http-error': str`Impossibile caricare il file di dati: il server ha risposto ${0}. Verificare l'indirizzo nell'attributo src.`,
'problem.invalid-country': str`È atteso un codice paese di due lettere, ad esempio SE; valore trovato: ${0}.`,
'problem.invalid-date': str`È attesa una data nel formato YYYY-MM-DD; valore trovato: ${0}.`,
'problem.invalid-id': str`È atteso un id composto da lettere minuscole, cifre e trattini; valore trovato: ${0}.`,
'problem.invalid-json': str`Il testo non è un JSON valido: riga ${0}, colonna ${1}.`,
'problem.invalid-json-nowhere': `Il testo non è un JSON valido.`,
'problem.invalid-language': str`${0} non è un codice lingua (ad esempio en o de-AT).`,
'problem.invalid-url': str`È atteso un indirizzo web completo; valore trovato: ${0}.`,
'problem.language-slip': str`${0} sembra un codice di paese: forse si intendeva il codice di lingua ${1}?`,
'problem.missing': `Questo campo è obbligatorio, ma manca.`,
'problem.network-error': `Impossibile caricare il file di dati. Verificare l'indirizzo nell'attributo src, la connessione e che il server consenta a questo sito di leggerlo (CORS).`,
'problem.not-object': `I dati non sono un oggetto JSON.`,
'problem.not-utf8': `Il file non è salvato in UTF-8: è stato letto come Windows-1252, quindi alcune lettere potrebbero essere errate. Salvarlo in UTF-8.`,
'problem.out-of-range': str`È atteso un numero nell'intervallo ${0}; valore trovato: ${1}.`,
'problem.timeout': str`Il file di dati non è arrivato entro ${0}. Riprovare più tardi.`,
'problem.too-large': str`I dati sono troppo grandi (oltre ${0} caratteri).`,
'problem.too-long': str`Questo testo supera i ${0} caratteri ed è stato accorciato.`,
'problem.too-many': str`Ci sono troppe voci; vengono mostrate solo le prime ${0}.`,
'problem.unknown-host': str`Nessun partner ha l'id ${0}.`,
'problem.unknown-type': str`Tipo di partner sconosciuto: ${0}.`,
'problem.unknown-version': str`I dati usano la versione ${0} dello schema, più recente di quelle note a questo widget, che mostra ciò che riesce a interpretare.`,
'problem.unsafe-url': str`Sono ammessi solo link https:, http: e mailto:, quindi ${0} è stato omesso.`,
'problem.wrong-type': str`Tipo di valore errato: atteso ${0}; valore trovato: ${1}.`,
'problems.error': `Errore`,
'problems.root': `intero documento`,
'problems.warning': `Avviso`,
};
