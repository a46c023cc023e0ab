import type { Language } from '../dates/format-date';
import { makeTranslator, type Translate } from './translate';

/** The sentences about dataset updates (status, options, "what changed"), French first. */
const FR = {
  'status.noUrl': 'Aucune adresse de mise à jour n’est configurée.',
  'status.setAddress': 'Saisir l’adresse des mises à jour',
  'status.lastFailure': 'Dernier échec ({date}) :',
  'feedback.details': 'détails',
  'feedback.done': 'Fait.',
  'feedback.saved': 'Enregistré.',
  'feedback.added': '{item} ajouté.',
  'input.urlInvalid': 'Adresse refusée : elle doit commencer par https:// (ou http://localhost pour essayer une version).',
  'input.keyInvalid': 'Clé refusée : une clé publique Ed25519 en base64 fait 44 caractères et finit par « = ».',
  'input.keyDuplicate': 'Cette clé est déjà dans la liste.',
  'input.siteInvalid': 'Site refusé : saisissez un nom de domaine comme exemple.fr ou une adresse de page.',
  'input.siteDuplicate': 'Ce site est déjà exclu.',
  'input.intervalInvalid': 'Intervalle refusé : un nombre entier d’heures, de 1 à 168 (une semaine).',
  'keys.title': 'Clés de publication de confiance',
  'keys.help': 'Ed25519 en base64, comme « npm run dataset:keygen » les affiche ; espaces et retours à la ligne sont ignorés.',
  'keys.none': 'Aucune clé ajoutée (celles de l’extension s’appliquent).',
  'keys.add': 'Ajouter la clé',
  'keys.new': 'Nouvelle clé',
  'keys.remove': 'Retirer la clé {key}',
  'history.title': 'Dernières versions installées',
  'history.none': 'Aucune version installée pour l’instant.',
  'history.entry': 'Version {version} du {date}, installée le {installed}',
  'history.origin.bundled': 'intégrée',
  'history.origin.remote': 'mise à jour',
  'history.origin.file': 'fichier',
  'changes.title': 'Nouveautés des données ({version})',
  'changes.status': '{label} : {from} → {to}',
  'changes.newTerms': 'Nouveaux programmes :',
  'changes.newMilestones': 'Nouvelles étapes :',
  'changes.summary': '{statuses} statut(s) modifié(s), {terms} nouveau(x) programme(s), {milestones} nouvelle(s) étape(s)',
  'changes.dismiss': 'Fermer',
  'changes.more': '… et {count} autre(s)',
} as const;

export type UpdateStringKey = keyof typeof FR;

const EN: Record<UpdateStringKey, string> = {
  'status.noUrl': 'No update address is configured.',
  'status.setAddress': 'Set the update address',
  'status.lastFailure': 'Last failure ({date}):',
  'feedback.details': 'details',
  'feedback.done': 'Done.',
  'feedback.saved': 'Saved.',
  'feedback.added': '{item} added.',
  'input.urlInvalid': 'Address refused: it must start with https:// (or http://localhost to try a release).',
  'input.keyInvalid': 'Key refused: a base64 Ed25519 public key is 44 characters long and ends with "=".',
  'input.keyDuplicate': 'This key is already in the list.',
  'input.siteInvalid': 'Site refused: type a domain name such as example.org, or a page address.',
  'input.siteDuplicate': 'This site is already excluded.',
  'input.intervalInvalid': 'Interval refused: a whole number of hours, from 1 to 168 (one week).',
  'keys.title': 'Trusted publishing keys',
  'keys.help': 'Ed25519 in base64, as "npm run dataset:keygen" prints them; spaces and line breaks are ignored.',
  'keys.none': 'No key added (the extension’s own keys apply).',
  'keys.add': 'Add the key',
  'keys.new': 'New key',
  'keys.remove': 'Remove the key {key}',
  'history.title': 'Latest installed versions',
  'history.none': 'No version installed yet.',
  'history.entry': 'Version {version} of {date}, installed on {installed}',
  'history.origin.bundled': 'bundled',
  'history.origin.remote': 'update',
  'history.origin.file': 'file',
  'changes.title': 'What’s new in the data ({version})',
  'changes.status': '{label}: {from} → {to}',
  'changes.newTerms': 'New programmes:',
  'changes.newMilestones': 'New milestones:',
  'changes.summary': '{statuses} status change(s), {terms} new programme(s), {milestones} new milestone(s)',
  'changes.dismiss': 'Close',
  'changes.more': '… and {count} more',
};

export function updateText(language: Language): Translate<UpdateStringKey> {
  return makeTranslator<UpdateStringKey>({ fr: FR, en: EN }, language);
}
