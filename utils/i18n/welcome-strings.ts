import type { Language } from '../dates/format-date';
import { makeTranslator, type Translate } from './translate';

/**
 * The welcome page's sentences, French first. Kept apart from the popup's
 * and options' table: only the welcome page needs them.
 */
const FR = {
  'welcome.title': 'Bienvenue dans Repère',
  'welcome.lead':
    'Dans les articles que vous lisez, Repère reconnaît les programmes de la feuille de route du numérique en santé et dit où chacun en est aujourd’hui, avec une date et une source.',
  'welcome.tryTitle': 'Essayez ici',
  'welcome.tryHelp': 'Arrêtez le pointeur sur un terme marqué : sa fiche s’ouvre à côté. Échap la referme.',
  'welcome.sample':
    'Depuis 2021, chaque document de santé doit porter l’identité nationale de santé (INS) du patient. Les soignants s’envoient ces documents par MSSanté, et le patient les retrouve dans Mon espace santé.',
  'welcome.sampleFailed': 'L’exemple n’a pas pu être marqué ({reason}). Repère marque de la même façon tout article que vous ouvrez.',
  'welcome.cardTitle': 'Lire une fiche',
  'welcome.badgeTerm': 'Le badge',
  'welcome.badgeMeaning': 'la phase où en est le programme, par exemple : {examples}.',
  'welcome.asOfMeaning': 'la date de la source la plus récente qui établit ce statut : c’est l’état des choses à ce jour-là.',
  'welcome.reviewedMeaning': 'le dernier jour où ce statut a été relu face aux sources ; s’il est récent, le statut tient toujours, même si sa date « au » est plus ancienne.',
  'welcome.sinceTerm': '«\u00a0Depuis cet article (<date>)\u00a0»',
  'welcome.sinceMeaning': 'ce qui est arrivé au programme après la date de publication de l’article, et les promesses qui ont glissé.',
  'welcome.popupHint': 'Le bouton Repère de la barre d’outils s’ouvre sur le présent : les programmes de la page ouverte, ce qui est prévu, les retards ; la chronologie complète et la feuille de route en grand sont à un clic.',
  'welcome.keysTitle': 'Au clavier',
  'welcome.keysLoading': 'Lecture des raccourcis…',
  'welcome.command.next-term': 'Aller au terme marqué suivant et ouvrir sa fiche',
  'welcome.command.previous-term': 'Aller au terme marqué précédent et ouvrir sa fiche',
  'welcome.keyEscape': 'Échap',
  'welcome.keyEscapeMeaning': 'Fermer la fiche ouverte',
  'welcome.keyUnbound': 'aucune touche attribuée',
  'welcome.keysUnbound': 'Un raccourci n’a pas de touche. Attribuez-en une dans la page des raccourcis du navigateur.',
  'welcome.keysChange': 'Ces touches se changent dans la page des raccourcis du navigateur.',
  'welcome.openShortcuts': 'Ouvrir la page des raccourcis',
  'welcome.dataTitle': 'D’où viennent les données',
  'welcome.dataVersion': 'Données {version} du {date}, {origin}.',
  'welcome.dataLoading': 'Lecture des données installées…',
  'welcome.dataSources':
    'Chaque statut, chiffre et étape cite sa source : Journal officiel, Agence du numérique en santé, ministère de la Santé, Assurance maladie, Cour des comptes…',
  'welcome.updatesOff':
    'Mises à jour des données : désactivées, car aucune adresse de mise à jour n’est configurée. Repère utilise les données livrées avec l’extension. Pour en recevoir de plus récentes, saisissez une adresse dans les options.',
  'welcome.updatesOn': 'Mises à jour des données : activées. Repère vérifie {url} toutes les {hours} h et n’installe qu’une version qui passe ses contrôles.',
  'welcome.updatesManual': 'Mises à jour des données : vérification automatique désactivée. Adresse configurée : {url}. Vous pouvez vérifier à la demande depuis le bouton Repère.',
  'welcome.privacyTitle': 'Vie privée',
  'welcome.privacy':
    'Rien de ce que vous lisez ne quitte votre navigateur : Repère reconnaît les termes sur place, et sa seule connexion au réseau est la vérification des mises à jour de données, à l’adresse que vous choisissez.',
  'welcome.openOptions': 'Ouvrir les options',
} as const;

export type WelcomeStringKey = keyof typeof FR;

const EN: Record<WelcomeStringKey, string> = {
  'welcome.title': 'Welcome to Repère',
  'welcome.lead':
    'In the articles you read, Repère recognises the programmes of the French digital-health roadmap and tells where each one stands today, with a date and a source.',
  'welcome.tryTitle': 'Try it here',
  'welcome.tryHelp': 'Rest the pointer on a marked term: its card opens beside it. Esc closes it.',
  'welcome.sample':
    'Since 2021, every health document must carry the patient’s national health identifier (INS). Carers send each other these documents through MSSanté, and patients find them in Mon espace santé.',
  'welcome.sampleFailed': 'The sample could not be marked ({reason}). Repère marks any article you open the same way.',
  'welcome.cardTitle': 'Reading a card',
  'welcome.badgeTerm': 'The badge',
  'welcome.badgeMeaning': 'the phase the programme is in, for example: {examples}.',
  'welcome.asOfMeaning': 'the date of the latest source that establishes this status: how things stood on that day.',
  'welcome.reviewedMeaning': 'the last day this status was read again against the sources; when it is recent, the status still holds, even if its “as of” date is older.',
  'welcome.sinceTerm': '“Since this article (<date>)”',
  'welcome.sinceMeaning': 'what happened to the programme after the article was published, and which promises slipped.',
  'welcome.popupHint': 'The Repère toolbar button opens on now: the programmes on the open page, what is due, what slipped; the full timeline and the full-page roadmap are one click away.',
  'welcome.keysTitle': 'From the keyboard',
  'welcome.keysLoading': 'Reading the shortcuts…',
  'welcome.command.next-term': 'Go to the next marked term and open its card',
  'welcome.command.previous-term': 'Go to the previous marked term and open its card',
  'welcome.keyEscape': 'Esc',
  'welcome.keyEscapeMeaning': 'Close the open card',
  'welcome.keyUnbound': 'no key assigned',
  'welcome.keysUnbound': 'A shortcut has no key. Assign one in the browser’s shortcut settings.',
  'welcome.keysChange': 'These keys can be changed in the browser’s shortcut settings.',
  'welcome.openShortcuts': 'Open the shortcut settings',
  'welcome.dataTitle': 'Where the data comes from',
  'welcome.dataVersion': 'Data {version} of {date}, {origin}.',
  'welcome.dataLoading': 'Reading the installed data…',
  'welcome.dataSources':
    'Every status, figure and step cites its source: the Journal officiel, the French digital-health agency (ANS), the health ministry, Assurance maladie, the Cour des comptes…',
  'welcome.updatesOff':
    'Data updates: off, because no update address is set. Repère uses the data that came with the extension. To receive newer data, enter an address in the options.',
  'welcome.updatesOn': 'Data updates: on. Repère checks {url} every {hours} h and installs only a version that passes its checks.',
  'welcome.updatesManual': 'Data updates: automatic checks are off. Address set: {url}. You can check on demand from the Repère button.',
  'welcome.privacyTitle': 'Privacy',
  'welcome.privacy':
    'Nothing you read leaves your browser: Repère recognises terms on the spot, and its only network connection is checking for data updates, at the address you choose.',
  'welcome.openOptions': 'Open the options',
};

const WELCOME_STRINGS: Record<Language, Record<WelcomeStringKey, string>> = { fr: FR, en: EN };

export function welcomeText(language: Language): Translate<WelcomeStringKey> {
  return makeTranslator(WELCOME_STRINGS, language);
}
