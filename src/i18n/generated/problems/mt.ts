// Do not modify this file by hand! Written by scripts/split-locales.mjs from lit-localize's output.

import {str} from '@lit/localize';

/* eslint-disable no-irregular-whitespace */

export const templates = {
'count.problems.few': str`${0} problemi fid-data`,
'count.problems.many': str`${0}-il problema fid-data`,
'count.problems.one': str`${0} problema fid-data`,
'count.problems.other': str`${0} problema fid-data`,
'count.problems.two': str`${0} problemi fid-data`,
'count.problems.zero': str`${0} problema fid-data`,
'problem.country-alias': str`Il-kodiċi tal-pajjiż tal-UE ${0} inqara bħala ${1}.`,
'problem.duplicate-id': str`L-identifikatur ${0} jintuża aktar minn darba; jintwera biss l-ewwel wieħed.`,
'problem.empty': `Dan it-test huwa vojt.`,
'problem.end-before-start': str`Id-data tat-tmiem ${0} hija qabel id-data tal-bidu.`,
'problem.http-error': str`Il-fajl tad-data ma setax jitgħabba: is-server wieġeb ${0}. Iċċekkja l-indirizz fl-attribut src.`,
'problem.invalid-country': str`Kien mistenni kodiċi tal-pajjiż b’żewġ ittri, bħal SE, iżda nstab ${0}.`,
'problem.invalid-date': str`Kienet mistennija data fil-format YYYY-MM-DD, iżda nstab ${0}.`,
'problem.invalid-id': str`Kien mistenni identifikatur b’ittri żgħar, ċifri u singijiet, iżda nstab ${0}.`,
'problem.invalid-json': str`It-test mhuwiex JSON validu: linja ${0}, kolonna ${1}.`,
'problem.invalid-json-nowhere': `It-test mhuwiex JSON validu.`,
'problem.invalid-language': str`${0} mhuwiex kodiċi ta’ lingwa (bħal en jew de-AT).`,
'problem.invalid-url': str`Kien mistenni indirizz web sħiħ, iżda nstab ${0}.`,
'problem.language-slip': str`${0} jidher qisu kodiċi ta' pajjiż: forsi ridt tfisser il-kodiċi tal-lingwa ${1}?`,
'problem.missing': `Dan il-qasam huwa obbligatorju, iżda huwa nieqes.`,
'problem.network-error': `Il-fajl tad-data ma setax jitgħabba. Iċċekkja l-indirizz fl-attribut src, il-konnessjoni, u li s-server jippermetti lil dan is-sit jaqrah (CORS).`,
'problem.not-object': `Id-data mhijiex oġġett JSON.`,
'problem.not-utf8': `Il-fajl mhuwiex issejvjat bħala UTF-8: inqara bħala Windows-1252, għalhekk xi ittri jistgħu jkunu ħżiena. Issejvjah bħala UTF-8.`,
'problem.out-of-range': str`Kien mistenni numru fil-medda ${0}, iżda nstab ${1}.`,
'problem.timeout': str`Il-fajl tad-data ma waslx fi żmien ${0}. Erġa’ pprova aktar tard.`,
'problem.too-large': str`Id-data hija kbira wisq (aktar minn ${0} karattru).`,
'problem.too-long': str`Dan it-test huwa itwal minn ${0} karattru u tqassar.`,
'problem.too-many': str`Hemm wisq entrati; jintwerew biss l-ewwel ${0}.`,
'problem.unknown-host': str`L-ebda sieħeb m’għandu l-identifikatur ${0}.`,
'problem.unknown-type': str`Tip ta’ sieħeb mhux magħruf: ${0}.`,
'problem.unknown-version': str`Id-data hija fil-verżjoni ${0} tal-iskema, aktar ġdida minn dik li jaf dan il-widget; jintwera dak li jinftiehem.`,
'problem.unsafe-url': str`Huma permessi biss ħoloq https:, http: u mailto:, għalhekk ${0} tħalla barra.`,
'problem.wrong-type': str`Tip ta’ valur ħażin: kien mistenni ${0}, iżda nstab ${1}.`,
'problems.error': `Żball`,
'problems.root': `id-dokument kollu`,
'problems.warning': `Twissija`,
};
