// Do not modify this file by hand! Written by scripts/split-locales.mjs from lit-localize's output.

import {str} from '@lit/localize';

/* eslint-disable no-irregular-whitespace */

export const templates = {
'count.problems.few': str`${0} προβλήματα στα δεδομένα`,
'count.problems.many': str`${0} προβλήματα στα δεδομένα`,
'count.problems.one': str`${0} πρόβλημα στα δεδομένα`,
'count.problems.other': str`${0} προβλήματα στα δεδομένα`,
'count.problems.two': str`${0} προβλήματα στα δεδομένα`,
'count.problems.zero': str`${0} προβλήματα στα δεδομένα`,
'problem.country-alias': str`Ο κωδικός χώρας της ΕΕ ${0} ερμηνεύτηκε ως ${1}.`,
'problem.duplicate-id': str`Το αναγνωριστικό ${0} χρησιμοποιείται περισσότερες από μία φορές· εμφανίζεται μόνο το πρώτο.`,
'problem.empty': `Αυτό το κείμενο είναι κενό.`,
'problem.end-before-start': str`Η ημερομηνία λήξης ${0} προηγείται της ημερομηνίας έναρξης.`,
'problem.http-error': str`Δεν ήταν δυνατή η φόρτωση του αρχείου δεδομένων: ο διακομιστής απάντησε ${0}. Ελέγξτε τη διεύθυνση στο src.`,
'problem.invalid-country': str`Αναμενόταν κωδικός χώρας δύο γραμμάτων, όπως SE, βρέθηκε ${0}.`,
'problem.invalid-date': str`Αναμενόταν ημερομηνία στη μορφή YYYY-MM-DD, βρέθηκε ${0}.`,
'problem.invalid-id': str`Αναμενόταν αναγνωριστικό από πεζά λατινικά γράμματα, ψηφία και ενωτικά, βρέθηκε ${0}.`,
'problem.invalid-json': str`Το κείμενο δεν είναι έγκυρο JSON: γραμμή ${0}, στήλη ${1}.`,
'problem.invalid-json-nowhere': `Το κείμενο δεν είναι έγκυρο JSON.`,
'problem.invalid-language': str`Η τιμή ${0} δεν είναι κωδικός γλώσσας (όπως en ή de-AT).`,
'problem.invalid-url': str`Αναμενόταν πλήρης διεύθυνση ιστού, βρέθηκε ${0}.`,
'problem.language-slip': str`Η τιμή ${0} μοιάζει με κωδικό χώρας: μήπως εννοούσατε τον κωδικό γλώσσας ${1};`,
'problem.missing': `Αυτό το πεδίο είναι υποχρεωτικό, αλλά λείπει.`,
'problem.network-error': `Δεν ήταν δυνατή η φόρτωση του αρχείου δεδομένων. Ελέγξτε τη διεύθυνση στο src, τη σύνδεση και αν ο διακομιστής επιτρέπει σε αυτόν τον ιστότοπο να διαβάσει το αρχείο (CORS).`,
'problem.not-object': `Τα δεδομένα δεν είναι αντικείμενο JSON.`,
'problem.not-utf8': `Το αρχείο δεν είναι αποθηκευμένο σε UTF-8: διαβάστηκε ως Windows-1252, οπότε ορισμένα γράμματα μπορεί να είναι λάθος. Αποθηκεύστε το σε UTF-8.`,
'problem.out-of-range': str`Αναμενόταν αριθμός στο εύρος ${0}, βρέθηκε ${1}.`,
'problem.timeout': str`Το αρχείο δεδομένων δεν έφτασε εντός ${0}. Δοκιμάστε ξανά αργότερα.`,
'problem.too-large': str`Τα δεδομένα είναι πολύ μεγάλα (πάνω από ${0} χαρακτήρες).`,
'problem.too-long': str`Αυτό το κείμενο υπερβαίνει τους ${0} χαρακτήρες και περικόπηκε.`,
'problem.too-many': str`Υπάρχουν πάρα πολλές καταχωρίσεις· εμφανίζονται μόνο οι πρώτες ${0}.`,
'problem.unknown-host': str`Κανένας εταίρος δεν έχει το αναγνωριστικό ${0}.`,
'problem.unknown-type': str`Άγνωστος τύπος εταίρου: ${0}.`,
'problem.unknown-version': str`Τα δεδομένα έχουν έκδοση σχήματος ${0}, νεότερη από όσες γνωρίζει αυτή η μικροεφαρμογή· εμφανίζεται ό,τι μπορεί να ερμηνευτεί.`,
'problem.unsafe-url': str`Επιτρέπονται μόνο σύνδεσμοι https:, http: και mailto:, γι’ αυτό ο σύνδεσμος ${0} παραλείφθηκε.`,
'problem.wrong-type': str`Λάθος τύπος τιμής: αναμενόταν ${0}, βρέθηκε ${1}.`,
'problems.error': `Σφάλμα`,
'problems.root': `ολόκληρο το έγγραφο`,
'problems.warning': `Προειδοποίηση`,
};
