import type { CardMilestone } from '@/utils/card/card-milestones';
import { formatPartialDate, type Language } from '@/utils/dates/format-date';
import { cardText } from '@/utils/i18n/card-strings';
import { formatDelay } from '@/utils/timeline/delay';

/**
 * One milestone, once: its date, its title, what became of its promise
 * (kept, late, or cancelled, each in its own colour) and the programmes it
 * is shared with.
 */
export function CardMilestoneLine({ item, language }: { item: CardMilestone; language: Language }) {
  const t = cardText(language);
  const { milestone, outcome, sharedWith } = item;
  const promise = milestone.promised;
  const promisedText = promise
    ? promise.wording
      ? t('card.promisedWording', { wording: promise.wording[language] })
      : t('card.promised', { promised: formatPartialDate(promise.date, language) })
    : null;
  let verdict: { state: string; text: string } | null = null;
  if (outcome?.state === 'late') {
    const delay = formatDelay(outcome.delayDays, language);
    const key = outcome.delivered ? 'card.lateDone' : milestone.kind === 'planned' ? 'card.latePlanned' : 'card.lateOpen';
    verdict = { state: 'late', text: t(key, { delay }) };
  } else if (outcome?.state === 'kept') {
    verdict = { state: 'kept', text: t('card.kept') };
  } else if (outcome?.state === 'cancelled' || milestone.kind === 'cancelled') {
    verdict = { state: 'cancelled', text: t('card.cancelled') };
  } else if (milestone.kind === 'slipped') {
    verdict = { state: 'late', text: t('card.slipped') };
  }
  return (
    <>
      <span class="when">{formatPartialDate(milestone.date, language)}</span> <span class="title">{milestone.title[language]}</span>
      {(promisedText || verdict) && ' '}
      {(promisedText || verdict) && (
        <span class="outcome">
          {promisedText && <span class="promised">{promisedText}</span>}
          {promisedText && verdict && ' · '}
          {verdict && <span class={`verdict verdict-${verdict.state}`}>{verdict.text}</span>}
        </span>
      )}
      {sharedWith.length > 0 && ' '}
      {sharedWith.length > 0 && (
        <span class="shared">{t('card.sharedWith', { labels: sharedWith.map((term) => term.label).join(', ') })}</span>
      )}
    </>
  );
}
