// Do not modify this file by hand! Written by scripts/split-locales.mjs from lit-localize's output.

import {str} from '@lit/localize';

/* eslint-disable no-irregular-whitespace */

export const templates = {
'count.problems.few': str`${0} problemas nos dados`,
'count.problems.many': str`${0} de problemas nos dados`,
'count.problems.one': str`${0} problema nos dados`,
'count.problems.other': str`${0} problemas nos dados`,
'count.problems.two': str`${0} problemas nos dados`,
'count.problems.zero': str`${0} problemas nos dados`,
'problem.country-alias': str`O código de país da UE ${0} foi interpretado como ${1}.`,
'problem.duplicate-id': str`O identificador ${0} é utilizado mais de uma vez; só é apresentado o primeiro.`,
'problem.empty': `Este texto está vazio.`,
'problem.end-before-start': str`A data de fim ${0} é anterior à data de início.`,
'problem.http-error': str`Não foi possível carregar o ficheiro de dados: o servidor respondeu ${0}. Verifique o endereço em src.`,
'problem.invalid-country': str`Esperava-se um código de país de duas letras, como SE, mas encontrou-se ${0}.`,
'problem.invalid-date': str`Esperava-se uma data no formato YYYY-MM-DD, mas encontrou-se ${0}.`,
'problem.invalid-id': str`Esperava-se um identificador com letras minúsculas, algarismos e hífenes, mas encontrou-se ${0}.`,
'problem.invalid-json': str`O texto não é JSON válido: linha ${0}, coluna ${1}.`,
'problem.invalid-json-nowhere': `O texto não é JSON válido.`,
'problem.invalid-language': str`${0} não é um código de idioma (como en ou de-AT).`,
'problem.invalid-url': str`Esperava-se um endereço Web completo, mas encontrou-se ${0}.`,
'problem.language-slip': str`${0} parece um código de país: queria dizer o código de língua ${1}?`,
'problem.missing': `Este campo é obrigatório, mas está em falta.`,
'problem.network-error': `Não foi possível carregar o ficheiro de dados. Verifique o endereço em src, a ligação e se o servidor permite que este sítio o leia (CORS).`,
'problem.not-object': `Os dados não são um objeto JSON.`,
'problem.not-utf8': `O ficheiro não está guardado em UTF-8: foi lido como Windows-1252, pelo que algumas letras podem estar erradas. Guarde-o em UTF-8.`,
'problem.out-of-range': str`Esperava-se um número no intervalo ${0}, mas encontrou-se ${1}.`,
'problem.timeout': str`O ficheiro de dados não chegou no prazo de ${0}. Tente novamente mais tarde.`,
'problem.too-large': str`Os dados são demasiado grandes (mais de ${0} carateres).`,
'problem.too-long': str`Este texto tem mais de ${0} carateres e foi encurtado.`,
'problem.too-many': str`Há demasiadas entradas; só são apresentadas as primeiras ${0}.`,
'problem.unknown-host': str`Nenhum parceiro tem o identificador ${0}.`,
'problem.unknown-type': str`Tipo de parceiro desconhecido: ${0}.`,
'problem.unknown-version': str`Os dados usam a versão ${0} do esquema, mais recente do que as que este widget conhece; é apresentado o que for possível interpretar.`,
'problem.unsafe-url': str`Só são permitidas ligações https:, http: e mailto:, pelo que ${0} foi omitido.`,
'problem.wrong-type': str`Tipo de valor incorreto: esperava-se ${0}, mas encontrou-se ${1}.`,
'problems.error': `Erro`,
'problems.root': `documento completo`,
'problems.warning': `Aviso`,
};
