import type { Language } from '../dates/format-date';
import { makeTranslator, type Translate } from './translate';

/**
 * The hover card's sentences, French first. Kept apart from the popup's so
 * the content script, which runs on every page, carries only these.
 */
const FR = {
  'card.asOf': 'au {date}',
  'card.figures': 'Chiffres clés',
  'card.next': 'Prochaine étape',
  'card.sinceArticle': 'Depuis cet article ({date})',
  'card.sinceArticleNothing': 'Rien de daté depuis cet article ({date}).',
  'card.promised': 'prévu {promised}',
  'card.delivered': 'réalisé {actual}',
  'card.stillPlanned': 'désormais prévu {actual}',
  'card.slippedNoDate': 'toujours pas réalisé',
  'card.slips': 'Promis / tenu',
  'card.sources': 'Sources',
  'card.timeline': 'Voir la chronologie',
  'card.close': 'Fermer',
  'card.replacedBy': 'Remplacé par {label}',
  'card.dialogLabel': 'Repère : {label}',
  'card.seedSource': 'article d’origine',
  'card.announce': '{label}, {phase}, au {date}',
} as const;

export type CardStringKey = keyof typeof FR;

const EN: Record<CardStringKey, string> = {
  'card.asOf': 'as of {date}',
  'card.figures': 'Key figures',
  'card.next': 'Next step',
  'card.sinceArticle': 'Since this article ({date})',
  'card.sinceArticleNothing': 'Nothing dated since this article ({date}).',
  'card.promised': 'planned {promised}',
  'card.delivered': 'done {actual}',
  'card.stillPlanned': 'now planned {actual}',
  'card.slippedNoDate': 'still not done',
  'card.slips': 'Promised / delivered',
  'card.sources': 'Sources',
  'card.timeline': 'See the timeline',
  'card.close': 'Close',
  'card.replacedBy': 'Replaced by {label}',
  'card.dialogLabel': 'Repère: {label}',
  'card.seedSource': 'original article',
  'card.announce': '{label}, {phase}, as of {date}',
};

export const CARD_STRINGS: Record<Language, Record<CardStringKey, string>> = { fr: FR, en: EN };

export function cardText(language: Language): Translate<CardStringKey> {
  return makeTranslator(CARD_STRINGS, language);
}
