// Do not modify this file by hand! Written by scripts/split-locales.mjs from lit-localize's output.

import {str} from '@lit/localize';

/* eslint-disable no-irregular-whitespace */

export const templates = {
'count.problems.few': str`${0} проблема в данните`,
'count.problems.many': str`${0} проблема в данните`,
'count.problems.one': str`${0} проблем в данните`,
'count.problems.other': str`${0} проблема в данните`,
'count.problems.two': str`${0} проблема в данните`,
'count.problems.zero': str`${0} проблема в данните`,
'problem.country-alias': str`Кодът на държава ${0}, използван в ЕС, е разчетен като ${1}.`,
'problem.duplicate-id': str`Идентификаторът ${0} е използван повече от веднъж; показва се само първият.`,
'problem.empty': `Този текст е празен.`,
'problem.end-before-start': str`Крайната дата ${0} е преди началната дата.`,
'problem.http-error': str`Файлът с данни не можа да бъде зареден: сървърът отговори с ${0}. Проверете адреса в src.`,
'problem.invalid-country': str`Очаква се двубуквен код на държава, например SE, а е намерено ${0}.`,
'problem.invalid-date': str`Очаква се дата във формат YYYY-MM-DD, а е намерено ${0}.`,
'problem.invalid-id': str`Очаква се идентификатор от малки латински букви, цифри и тирета, а е намерено ${0}.`,
'problem.invalid-json': str`Текстът не е валиден JSON: ред ${0}, колона ${1}.`,
'problem.invalid-json-nowhere': `Текстът не е валиден JSON.`,
'problem.invalid-language': str`${0} не е код на език (например en или de-AT).`,
'problem.invalid-url': str`Очаква се пълен уеб адрес, а е намерено ${0}.`,
'problem.language-slip': str`${0} прилича на код на държава: може би имахте предвид езиковия код ${1}?`,
'problem.missing': `Това поле е задължително, но липсва.`,
'problem.network-error': `Файлът с данни не можа да бъде зареден. Проверете адреса в src, връзката и дали сървърът позволява на този сайт да чете файла (CORS).`,
'problem.not-object': `Данните не са JSON обект.`,
'problem.not-utf8': `Файлът не е записан в UTF-8: прочетен е като Windows-1252 и някои букви може да са грешни. Запишете го в UTF-8.`,
'problem.out-of-range': str`Очаква се число в диапазона ${0}, а е намерено ${1}.`,
'problem.timeout': str`Файлът с данни не пристигна в рамките на ${0}. Опитайте отново по-късно.`,
'problem.too-large': str`Данните са твърде големи (над ${0} знака).`,
'problem.too-long': str`Този текст е по-дълъг от ${0} знака и е съкратен.`,
'problem.too-many': str`Записите са твърде много; показват се само първите ${0}.`,
'problem.unknown-host': str`Няма партньор с идентификатор ${0}.`,
'problem.unknown-type': str`Неизвестен вид партньор: ${0}.`,
'problem.unknown-version': str`Данните са във версия ${0} на схемата, която е по-нова от познатите на този уиджет; показва се това, което той може да разчете.`,
'problem.unsafe-url': str`Разрешени са само връзки с https:, http: и mailto:, затова връзката ${0} е пропусната.`,
'problem.wrong-type': str`Грешен тип на стойността: очаква се ${0}, а е намерено ${1}.`,
'problems.error': `Грешка`,
'problems.root': `целият документ`,
'problems.warning': `Предупреждение`,
};
