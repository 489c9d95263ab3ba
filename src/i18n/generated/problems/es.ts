// Do not modify this file by hand! Written by scripts/split-locales.mjs from lit-localize's output.

import {str} from '@lit/localize';

/* eslint-disable no-irregular-whitespace */

export const templates = {
'count.problems.few': str`${0} problemas en los datos`,
'count.problems.many': str`${0} de problemas en los datos`,
'count.problems.one': str`${0} problema en los datos`,
'count.problems.other': str`${0} problemas en los datos`,
'count.problems.two': str`${0} problemas en los datos`,
'count.problems.zero': str`${0} problemas en los datos`,
'problem.country-alias': str`El código de país de la UE ${0} se ha interpretado como ${1}.`,
'problem.duplicate-id': str`El identificador ${0} se usa más de una vez; solo se muestra el primero.`,
'problem.empty': `Este texto está vacío.`,
'problem.end-before-start': str`La fecha de finalización ${0} es anterior a la fecha de inicio.`,
'problem.http-error': str`No se ha podido cargar el archivo de datos: el servidor ha respondido ${0}. Compruebe la dirección en src.`,
'problem.invalid-country': str`Se esperaba un código de país de dos letras, como SE, pero se encontró ${0}.`,
'problem.invalid-date': str`Se esperaba una fecha con el formato YYYY-MM-DD, pero se encontró ${0}.`,
'problem.invalid-id': str`Se esperaba un identificador de letras minúsculas, cifras y guiones, pero se encontró ${0}.`,
'problem.invalid-json': str`El texto no es JSON válido: línea ${0}, columna ${1}.`,
'problem.invalid-json-nowhere': `El texto no es JSON válido.`,
'problem.invalid-language': str`${0} no es un código de idioma (como en o de-AT).`,
'problem.invalid-url': str`Se esperaba una dirección web completa, pero se encontró ${0}.`,
'problem.language-slip': str`${0} parece un código de país: ¿quería decir el código de idioma ${1}?`,
'problem.missing': `Este campo es obligatorio, pero falta.`,
'problem.network-error': `No se ha podido cargar el archivo de datos. Compruebe la dirección en src, la conexión y que el servidor permita a este sitio leerlo (CORS).`,
'problem.not-object': `Los datos no son un objeto JSON.`,
'problem.not-utf8': `El archivo no está guardado en UTF-8: se ha leído como Windows-1252, por lo que algunas letras pueden ser incorrectas. Guárdelo en UTF-8.`,
'problem.out-of-range': str`Se esperaba un número en el intervalo ${0}, pero se encontró ${1}.`,
'problem.timeout': str`El archivo de datos no se ha recibido en un plazo de ${0}. Inténtelo de nuevo más tarde.`,
'problem.too-large': str`Los datos son demasiado grandes (más de ${0} caracteres).`,
'problem.too-long': str`Este texto supera los ${0} caracteres y se ha acortado.`,
'problem.too-many': str`Hay demasiadas entradas; solo se muestran las ${0} primeras.`,
'problem.unknown-host': str`Ningún socio tiene el identificador ${0}.`,
'problem.unknown-type': str`Tipo de socio desconocido: ${0}.`,
'problem.unknown-version': str`Los datos usan la versión ${0} del esquema, más reciente que las que conoce este widget; se muestra lo que puede interpretar.`,
'problem.unsafe-url': str`Solo se admiten enlaces https:, http: y mailto:, por lo que se ha omitido ${0}.`,
'problem.wrong-type': str`Tipo de valor incorrecto: se esperaba ${0}, pero se encontró ${1}.`,
'problems.error': `Error`,
'problems.root': `documento completo`,
'problems.warning': `Advertencia`,
};
