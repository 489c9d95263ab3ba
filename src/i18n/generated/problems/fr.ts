// Do not modify this file by hand! Written by scripts/split-locales.mjs from lit-localize's output.

import {str} from '@lit/localize';

/* eslint-disable no-irregular-whitespace */

export const templates = {
'count.problems.few': str`${0} problèmes dans les données`,
'count.problems.many': str`${0} de problèmes dans les données`,
'count.problems.one': str`${0} problème dans les données`,
'count.problems.other': str`${0} problèmes dans les données`,
'count.problems.two': str`${0} problèmes dans les données`,
'count.problems.zero': str`${0} problèmes dans les données`,
'problem.country-alias': str`Le code pays UE ${0} a été interprété comme ${1}.`,
'problem.duplicate-id': str`L'identifiant ${0} est utilisé plusieurs fois ; seule la première occurrence est affichée.`,
'problem.empty': `Ce texte est vide.`,
'problem.end-before-start': str`La date de fin ${0} est antérieure à la date de début.`,
'problem.http-error': str`Le fichier de données n'a pas pu être chargé : le serveur a répondu ${0}. Vérifiez l'adresse dans src.`,
'problem.invalid-country': str`Code pays à deux lettres attendu (par exemple SE) ; valeur trouvée : ${0}.`,
'problem.invalid-date': str`Date attendue au format YYYY-MM-DD ; valeur trouvée : ${0}.`,
'problem.invalid-id': str`Identifiant attendu composé de lettres minuscules, de chiffres et de traits d'union ; valeur trouvée : ${0}.`,
'problem.invalid-json': str`Le texte n'est pas du JSON valide : ligne ${0}, colonne ${1}.`,
'problem.invalid-json-nowhere': `Le texte n'est pas du JSON valide.`,
'problem.invalid-language': str`${0} n'est pas un code de langue (par exemple en ou de-AT).`,
'problem.invalid-url': str`Adresse web complète attendue ; valeur trouvée : ${0}.`,
'problem.language-slip': str`${0} ressemble à un code de pays : vouliez-vous dire le code de langue ${1} ?`,
'problem.missing': `Ce champ est obligatoire mais absent.`,
'problem.network-error': `Le fichier de données n'a pas pu être chargé. Vérifiez l'adresse dans src, la connexion et que le serveur autorise ce site à le lire (CORS).`,
'problem.not-object': `Les données ne sont pas un objet JSON.`,
'problem.not-utf8': `Le fichier n'est pas enregistré en UTF-8 : il a été lu en Windows-1252, certaines lettres peuvent donc être erronées. Enregistrez-le en UTF-8.`,
'problem.out-of-range': str`Nombre attendu dans l'intervalle ${0} ; valeur trouvée : ${1}.`,
'problem.timeout': str`Le fichier de données n'est pas arrivé dans un délai de ${0}. Réessayez plus tard.`,
'problem.too-large': str`Les données sont trop volumineuses (plus de ${0} caractères).`,
'problem.too-long': str`Ce texte dépasse ${0} caractères et a été tronqué.`,
'problem.too-many': str`Il y a trop d'entrées ; seules les ${0} premières sont affichées.`,
'problem.unknown-host': str`Aucun partenaire n'a l'identifiant ${0}.`,
'problem.unknown-type': str`Type de partenaire inconnu : ${0}.`,
'problem.unknown-version': str`Les données utilisent la version ${0} du schéma, plus récente que celles que connaît ce widget ; il affiche ce qu'il comprend.`,
'problem.unsafe-url': str`Seuls les liens https:, http: et mailto: sont autorisés ; ${0} a donc été ignoré.`,
'problem.wrong-type': str`Type de valeur incorrect : ${0} attendu, ${1} trouvé.`,
'problems.error': `Erreur`,
'problems.root': `document entier`,
'problems.warning': `Avertissement`,
};
