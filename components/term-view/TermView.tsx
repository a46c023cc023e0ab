import type { Milestone, Source, Term } from '@/utils/dataset/schema';
import { formatPartialDate, type Language } from '@/utils/dates/format-date';
import { formatFigureValue } from '@/utils/dates/format-number';
import { CATEGORY_LABELS, PHASE_LABELS } from '@/utils/i18n/phase-labels';
import { uiText } from '@/utils/i18n/ui-strings';
import { ProgrammeLane } from '../programme-lane/ProgrammeLane';
import { SourceLink } from '../source-link/SourceLink';
import { Timeline } from '../timeline/Timeline';
import './term-view.css';

export interface TermViewProps {
  term: Term;
  milestones: Milestone[];
  termLabels: Map<string, string>;
  sources: Map<string, Source>;
  language: Language;
  today: string;
  onSelectTerm: (termId: string) => void;
  onBack: () => void;
  /** Width of the small lane drawn above the steps (the popup's by default). */
  laneWidth?: number;
  /** What the back button says ("Retour" by default). */
  backLabel?: string;
}

/** One programme's page: what it is, where it stands, its figures, its steps and its sources. */
export function TermView({
  term,
  milestones,
  termLabels,
  sources,
  language,
  today,
  onSelectTerm,
  onBack,
  laneWidth = 360,
  backLabel,
}: TermViewProps) {
  const t = uiText(language);
  const cited = new Set([...term.status.sources, ...term.figures.flatMap((figure) => figure.sources)]);
  return (
    <article class="term-view" aria-labelledby="term-view-title">
      <button type="button" class="back" onClick={onBack}>
        ← {backLabel ?? t('popup.back')}
      </button>
      <header>
        <h2 id="term-view-title">
          {term.label} <span class={`badge phase-${term.status.phase}`}>{PHASE_LABELS[term.status.phase][language]}</span>
        </h2>
        {term.names[language] !== term.label && <p class="expansion">{term.names[language]}</p>}
        <p class="category">{CATEGORY_LABELS[term.category][language]}</p>
      </header>
      <p>{term.summary[language]}</p>
      <p class="status">
        {term.status.summary[language]}{' '}
        <span class="as-of">({t('card.asOf', { date: formatPartialDate(term.status.asOf, language) })})</span>
      </p>
      {term.replacedBy && (
        <p>
          <button type="button" class="chip" onClick={() => onSelectTerm(term.replacedBy!)}>
            {t('card.replacedBy', { label: termLabels.get(term.replacedBy) ?? term.replacedBy })}
          </button>
        </p>
      )}
      {term.figures.length > 0 && (
        <section>
          <h3>{t('card.figures')}</h3>
          <ul class="figures">
            {term.figures.map((figure) => (
              <li key={`${figure.label.fr}-${figure.asOf}`}>
                <strong>{formatFigureValue(figure, language)}</strong> {figure.label[language]}{' '}
                <span class="as-of">({formatPartialDate(figure.asOf, language)})</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section>
        <h3>{t('popup.milestones')}</h3>
        <ProgrammeLane term={term} milestones={milestones} language={language} today={today} width={laneWidth} />
        <Timeline
          milestones={milestones}
          termLabels={termLabels}
          sources={sources}
          language={language}
          today={today}
          onSelectTerm={onSelectTerm}
        />
      </section>
      {term.related.length > 0 && (
        <section>
          <h3>{t('popup.related')}</h3>
          <p class="chips">
            {term.related.map((id) => (
              <button type="button" class="chip" key={id} onClick={() => onSelectTerm(id)}>
                {termLabels.get(id) ?? id}
              </button>
            ))}
          </p>
        </section>
      )}
      <section>
        <h3>{t('card.sources')}</h3>
        <ul class="sources">
          {[...cited].map((id) => {
            const source = sources.get(id);
            return source ? (
              <li key={id}>
                <SourceLink source={source} language={language} /> — <span class="source-title">{source.title}</span>
              </li>
            ) : null;
          })}
        </ul>
      </section>
    </article>
  );
}
