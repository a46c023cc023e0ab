import type { Phase } from '@/utils/dataset/schema';
import type { Language } from '@/utils/dates/format-date';
import { cardText } from '@/utils/i18n/card-strings';
import { PHASE_LABELS } from '@/utils/i18n/phase-labels';
import { welcomeText } from '@/utils/i18n/welcome-strings';

/** Phases shown as sample badges: the common path from a pilot to a nationwide service, and one that ended. */
const SAMPLE_PHASES: Phase[] = ['experimentation', 'deploying', 'generalised', 'mandatory', 'stopped'];

/** A card's own wording, quoted as each language quotes. */
function quoted(text: string, language: Language): string {
  return language === 'fr' ? `«\u00a0${text}\u00a0»` : `“${text}”`;
}

/**
 * What a card's badge, "au <date>", "vérifié le <date>" and "Depuis cet
 * article" mean; the dates are named with the card's own strings, so the
 * two never disagree.
 */
export function CardGuide({ language }: { language: Language }) {
  const t = welcomeText(language);
  const card = cardText(language);
  const date = { date: '<date>' };
  const examples = SAMPLE_PHASES.map((phase) => PHASE_LABELS[phase][language]).join(', ');
  return (
    <section class="welcome-card-guide" aria-labelledby="welcome-card-title">
      <h2 id="welcome-card-title">{t('welcome.cardTitle')}</h2>
      <dl class="glossary">
        <dt>
          {t('welcome.badgeTerm')}{' '}
          <span class="sample-badges" aria-hidden="true">
            {SAMPLE_PHASES.map((phase) => (
              <span key={phase} class={`badge phase-${phase}`}>
                {PHASE_LABELS[phase][language]}
              </span>
            ))}
          </span>
        </dt>
        <dd>{t('welcome.badgeMeaning', { examples })}</dd>
        <dt>{quoted(card('card.asOf', date), language)}</dt>
        <dd>{t('welcome.asOfMeaning')}</dd>
        <dt>{quoted(card('card.reviewed', date), language)}</dt>
        <dd>{t('welcome.reviewedMeaning')}</dd>
        <dt>{t('welcome.sinceTerm')}</dt>
        <dd>{t('welcome.sinceMeaning')}</dd>
      </dl>
    </section>
  );
}
