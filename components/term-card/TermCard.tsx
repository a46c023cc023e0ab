import type { CardModel } from '@/utils/card/card-model';
import { formatPartialDate, type Language } from '@/utils/dates/format-date';
import { PHASE_LABELS } from '@/utils/i18n/phase-labels';
import { cardText } from '@/utils/i18n/card-strings';
import { SourceLink } from '../source-link/SourceLink';
import { CardDetails } from './CardDetails';
import { CardMilestoneLine } from './CardMilestoneLine';

export interface TermCardProps {
  model: CardModel;
  language: Language;
  /** Compact (the five-second answer) or expanded (the whole story). */
  expanded: boolean;
  onToggleExpanded: () => void;
  /** Where this occurrence is among the page's when stepping through them ("3 sur 17"). */
  position?: { index: number; total: number } | null;
  onClose: () => void;
  onOpenTimeline: (termId: string) => void;
}

/**
 * The hover card. Compact, it answers in five seconds: the term, its badge,
 * where it stands with the date of that statement and of its last check,
 * how many events followed the article, the largest slip and the next step.
 * Expanded, it adds the complete lists (CardDetails). Every string from the
 * dataset is rendered as text by Preact, never as HTML.
 */
export function TermCard({ model, language, expanded, onToggleExpanded, position = null, onClose, onOpenTimeline }: TermCardProps) {
  const t = cardText(language);
  const date = (value: string) => formatPartialDate(value, language);
  const idPrefix = `repere-card-${model.termId}`;
  const { status, compact, since } = model;
  return (
    <div
      class="card"
      data-state={expanded ? 'expanded' : 'compact'}
      role="dialog"
      aria-modal="false"
      aria-labelledby={`${idPrefix}-title`}
      tabIndex={-1}
      lang={language}
      dir="ltr"
    >
      <div class="head">
        <div class="title-row">
          <h2 class="label" id={`${idPrefix}-title`}>
            {model.label}
          </h2>
          <span class={`badge phase-${model.phase}`}>{PHASE_LABELS[model.phase][language]}</span>
          {position && <span class="position">{t('card.position', position)}</span>}
          <button type="button" class="close" aria-label={t('card.close')} onClick={onClose}>
            ×
          </button>
        </div>
        {model.expansion !== model.label && <p class="expansion">{model.expansion}</p>}
      </div>

      <div class="status">
        <p class="summary">{status.text}</p>{' '}
        <p class="dates">
          <span class="as-of">{t('card.asOf', { date: date(status.asOf) })}</span>
          {' · '}
          <span class={status.reviewIsOld ? 'review review-old' : 'review'}>
            {status.reviewIsOld && <span aria-hidden="true">⚠ </span>}
            {t(status.reviewIsOld ? 'card.reviewOld' : 'card.reviewed', { date: date(status.reviewedAt) })}
          </span>
          {status.updatedOn && (
            <>
              {' · '}
              <span class="updated">{t('card.updated', { date: date(status.updatedOn) })}</span>
            </>
          )}
        </p>
      </div>
      {model.replacedBy && <p class="replaced">{t('card.replacedBy', { label: model.replacedBy.label })}</p>}

      {/* One stable slot: swapping its content never moves the buttons below (a moved node loses focus). */}
      <div class="body">
        {expanded ? (
          <CardDetails model={model} language={language} idPrefix={idPrefix} />
        ) : (
          <div class="glance">
            {since && (
              <p class="line since-count">
                {since.events.length === 0
                  ? t('card.sinceNone', { date: date(since.articleDay) })
                  : since.events.length === 1
                    ? t('card.sinceOne', { date: date(since.articleDay) })
                    : t('card.sinceMany', { date: date(since.articleDay), count: since.events.length })}
              </p>
            )}
            {compact.slip && (
              <p class="line slip">
                <span class="line-label">{t('card.largestSlip')}</span> <CardMilestoneLine item={compact.slip} language={language} />
              </p>
            )}
            {compact.next && (
              <p class="line next">
                <span class="line-label">{t('card.next')}</span> <CardMilestoneLine item={compact.next} language={language} />
              </p>
            )}
          </div>
        )}
      </div>

      <div class="foot">
        {/* Hidden rather than removed when expanded: the buttons after it keep their place, and focus with them. */}
        {status.sources.length > 0 && (
          <ul class="sources" aria-label={t('card.sources')} hidden={expanded}>
            {status.sources.map((source) => (
              <li key={source.id}>
                <SourceLink source={source} language={language} />
              </li>
            ))}
          </ul>
        )}
        <div class="actions">
          <button
            type="button"
            class="more"
            aria-expanded={expanded}
            aria-controls={expanded ? `${idPrefix}-details` : undefined}
            onClick={onToggleExpanded}
          >
            {expanded ? t('card.collapse') : t('card.expand')}
          </button>
          <button type="button" class="timeline-link" onClick={() => onOpenTimeline(model.termId)}>
            {t('card.timeline')} →
          </button>
        </div>
      </div>
    </div>
  );
}
