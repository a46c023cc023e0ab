import type { Language } from '../dates/format-date';
import { makeTranslator, type Translate } from './translate';

/**
 * The hover card's sentences, French first. Kept apart from the popup's so
 * the content script, which runs on every page, carries only these.
 */
const FR = {
  'card.asOf': 'au {date}',
  'card.reviewed': 'vérifié le {date}',
  'card.reviewOld': 'vérifié le {date}, il y a plus de six mois',
  'card.updated': 'mis à jour le {date}',
  'card.figures': 'Chiffres clés',
  'card.figuresHistory': 'Chiffres plus anciens (historique)',
  'card.next': 'Prochaine étape',
  'card.largestSlip': 'Plus gros retard',
  'card.sinceNone': 'Depuis cet article ({date}) : rien de daté',
  'card.sinceOne': 'Depuis cet article ({date}) : 1 événement',
  'card.sinceMany': 'Depuis cet article ({date}) : {count} événements',
  'card.sinceTitle': 'Depuis cet article ({date}) · {count}',
  'card.sinceNothing': 'Rien de daté depuis cet article.',
  'card.upcoming': 'À venir · {count}',
  'card.promises': 'Promis / tenu · {count}',
  'card.promisesAboveOne': 'Et 1 autre promesse, déjà dans les listes ci-dessus.',
  'card.promisesAboveMany': 'Et {count} autres promesses, déjà dans les listes ci-dessus.',
  'card.noSteps': 'Aucune étape datée à montrer ici : la chronologie donne toutes celles du programme.',
  'card.promised': 'prévu {promised}',
  'card.promisedWording': 'promis « {wording} »',
  'card.lateDone': 'réalisé avec {delay} de retard',
  'card.latePlanned': 'repoussé ({delay} de retard)',
  'card.lateOpen': 'toujours pas réalisé ({delay} de retard)',
  'card.kept': 'tenu',
  'card.cancelled': 'abandonné',
  'card.slipped': 'en retard',
  'card.sharedWith': 'avec {labels}',
  'card.sources': 'Sources',
  'card.sourcesCount': 'Sources · {count}',
  'card.expand': 'Tout voir',
  'card.collapse': 'Réduire',
  'card.timeline': 'Voir la chronologie',
  'card.close': 'Fermer',
  'card.replacedBy': 'Remplacé par {label}',
  'card.seedSource': 'article d’origine',
  'card.position': '{index} sur {total}',
  'card.announce': '{label}, {phase}, au {date}',
  'card.announcePosition': '{position} : {summary}',
} as const;

export type CardStringKey = keyof typeof FR;

const EN: Record<CardStringKey, string> = {
  'card.asOf': 'as of {date}',
  'card.reviewed': 'checked {date}',
  'card.reviewOld': 'checked {date}, over six months ago',
  'card.updated': 'updated {date}',
  'card.figures': 'Key figures',
  'card.figuresHistory': 'Older figures (history)',
  'card.next': 'Next step',
  'card.largestSlip': 'Largest delay',
  'card.sinceNone': 'Since this article ({date}): nothing dated',
  'card.sinceOne': 'Since this article ({date}): 1 event',
  'card.sinceMany': 'Since this article ({date}): {count} events',
  'card.sinceTitle': 'Since this article ({date}) · {count}',
  'card.sinceNothing': 'Nothing dated since this article.',
  'card.upcoming': 'Coming up · {count}',
  'card.promises': 'Promised / delivered · {count}',
  'card.promisesAboveOne': 'And 1 more promise, already in the lists above.',
  'card.promisesAboveMany': 'And {count} more promises, already in the lists above.',
  'card.noSteps': 'No dated step to show here: the timeline has all of the programme’s.',
  'card.promised': 'planned for {promised}',
  'card.promisedWording': 'promised “{wording}”',
  'card.lateDone': 'done {delay} late',
  'card.latePlanned': 'pushed back ({delay} late)',
  'card.lateOpen': 'still not done ({delay} late)',
  'card.kept': 'kept',
  'card.cancelled': 'cancelled',
  'card.slipped': 'slipped',
  'card.sharedWith': 'with {labels}',
  'card.sources': 'Sources',
  'card.sourcesCount': 'Sources · {count}',
  'card.expand': 'See all',
  'card.collapse': 'Show less',
  'card.timeline': 'See the timeline',
  'card.close': 'Close',
  'card.replacedBy': 'Replaced by {label}',
  'card.seedSource': 'original article',
  'card.position': '{index} of {total}',
  'card.announce': '{label}, {phase}, as of {date}',
  'card.announcePosition': '{position}: {summary}',
};

export const CARD_STRINGS: Record<Language, Record<CardStringKey, string>> = { fr: FR, en: EN };

export function cardText(language: Language): Translate<CardStringKey> {
  return makeTranslator(CARD_STRINGS, language);
}
