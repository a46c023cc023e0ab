import type { CardModel } from '@/utils/card/card-model';
import { formatPartialDate, type Language } from '@/utils/dates/format-date';
import { formatFigureValue } from '@/utils/dates/format-number';
import { PHASE_LABELS } from '@/utils/i18n/phase-labels';
import { cardText } from '@/utils/i18n/card-strings';
import type { Milestone } from '@/utils/dataset/schema';
import { SourceLink } from '../source-link/SourceLink';

export interface TermCardProps {
  model: CardModel;
  language: Language;
  onClose: () => void;
  onOpenTimeline: (termId: string) => void;
}

/**
 * The hover card: where a programme stands today, in five seconds. Every
 * string from the dataset is rendered as text by Preact, never as HTML.
 */
export function TermCard({ model, language, onClose, onOpenTimeline }: TermCardProps) {
  const t = cardText(language);
  const date = (value: string) => formatPartialDate(value, language);
  const titleId = `repere-card-title-${model.termId}`;
  const milestoneLine = (milestone: Milestone) => (
    <>
      <span class="when">{date(milestone.date)}</span> {milestone.title[language]}
    </>
  );
  return (
    <div class="card" role="dialog" aria-modal="false" aria-labelledby={titleId} tabIndex={-1} lang={language}>
      <header class="head">
        <div class="title-row">
          <h2 class="label" id={titleId}>
            {model.label}
          </h2>
          <span class={`badge phase-${model.phase}`}>{PHASE_LABELS[model.phase][language]}</span>
          <button type="button" class="close" aria-label={t('card.close')} onClick={onClose}>
            ×
          </button>
        </div>
        {model.expansion !== model.label && <p class="expansion">{model.expansion}</p>}
      </header>

      <p class="status">
        {model.statusText} <span class="as-of">({t('card.asOf', { date: date(model.asOf) })})</span>
      </p>
      {model.replacedBy && <p class="replaced">{t('card.replacedBy', { label: model.replacedBy.label })}</p>}

      {model.figures.length > 0 && (
        <section class="figures" aria-label={t('card.figures')}>
          <ul>
            {model.figures.map((figure) => (
              <li key={`${figure.label.fr}-${figure.asOf}`}>
                <strong>{formatFigureValue(figure, language)}</strong> {figure.label[language]}{' '}
                <span class="as-of">({date(figure.asOf)})</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      {model.next && (
        <section class="next">
          <h3>{t('card.next')}</h3>
          <p>{milestoneLine(model.next)}</p>
        </section>
      )}

      {model.sinceArticle && (
        <section class="since">
          <h3>{t('card.sinceArticle', { date: date(model.sinceArticle.articleDay) })}</h3>
          {model.sinceArticle.milestones.length > 0 ? (
            <ul>
              {model.sinceArticle.milestones.map((milestone) => (
                <li key={milestone.id}>{milestoneLine(milestone)}</li>
              ))}
            </ul>
          ) : (
            <p>{t('card.sinceArticleNothing', { date: date(model.sinceArticle.articleDay) })}</p>
          )}
        </section>
      )}

      {model.slips.length > 0 && (
        <section class="slips">
          <h3>{t('card.slips')}</h3>
          <ul>
            {model.slips.map((milestone) => (
              <li key={milestone.id}>
                {milestone.title[language]} : <s>{t('card.promised', { promised: date(milestone.promised!.date) })}</s> →{' '}
                {milestone.kind === 'done'
                  ? t('card.delivered', { actual: date(milestone.date) })
                  : milestone.kind === 'planned'
                    ? t('card.stillPlanned', { actual: date(milestone.date) })
                    : t('card.slippedNoDate')}
              </li>
            ))}
          </ul>
        </section>
      )}

      <footer class="foot">
        <ul class="sources" aria-label={t('card.sources')}>
          {model.sources.map((source) => (
            <li key={source.id}>
              <SourceLink source={source} language={language} />
            </li>
          ))}
        </ul>
        <button type="button" class="timeline-link" onClick={() => onOpenTimeline(model.termId)}>
          {t('card.timeline')} →
        </button>
      </footer>
    </div>
  );
}
