import type { Milestone, Source } from '@/utils/dataset/schema';
import { formatPartialDate, type Language } from '@/utils/dates/format-date';
import { earliestDay } from '@/utils/dates/partial-date';
import { MILESTONE_KIND_LABELS } from '@/utils/i18n/phase-labels';
import { uiText } from '@/utils/i18n/ui-strings';
import { groupByYear } from '@/utils/timeline/group-by-year';
import { SourceLink } from '../source-link/SourceLink';

export interface TimelineProps {
  milestones: Milestone[];
  termLabels: Map<string, string>;
  sources: Map<string, Source>;
  language: Language;
  today: string;
  onSelectTerm: (termId: string) => void;
}

/**
 * The roadmap by year: done steps solid, planned ones outlined, a "today"
 * line where the past ends, and for every step that slipped the date first
 * promised beside the real one. Each step shows its first source.
 */
export function Timeline({ milestones, termLabels, sources, language, today, onSelectTerm }: TimelineProps) {
  const t = uiText(language);
  const groups = groupByYear(milestones);
  const todayYear = Number(today.slice(0, 4));
  let todayShown = false;
  const todayMarker = () => {
    todayShown = true;
    return (
      <li class="today" aria-label={t('popup.today')} tabIndex={-1}>
        <span>{t('popup.today')}</span>
      </li>
    );
  };
  return (
    <div class="timeline">
      {groups.length > 0 && (
        // The roadmap starts decades back: one click to where it stands now.
        <button
          type="button"
          class="jump-today"
          onClick={(event) => {
            const marker = event.currentTarget.parentElement?.querySelector<HTMLElement>('.today');
            marker?.scrollIntoView({ block: 'center' });
            marker?.focus({ preventScroll: true });
          }}
        >
          {t('popup.jumpToToday')}
        </button>
      )}
      {groups.map((group) => (
        <section class="year" key={group.year} aria-labelledby={`year-${group.year}`}>
          <h3 id={`year-${group.year}`}>{group.year}</h3>
          <ol>
            {group.milestones.map((milestone) => {
              const beforeThis = !todayShown && earliestDay(milestone.date) > today;
              const firstSource = sources.get(milestone.sources[0] ?? '');
              return [
                beforeThis ? todayMarker() : null,
                <li class={`milestone kind-${milestone.kind}`} key={milestone.id}>
                  <div class="milestone-head">
                    <time dateTime={milestone.date}>{formatPartialDate(milestone.date, language)}</time>
                    <span class="kind">{MILESTONE_KIND_LABELS[milestone.kind][language]}</span>
                  </div>
                  <p class="milestone-title">{milestone.title[language]}</p>
                  {milestone.promised && milestone.promised.date !== milestone.date && (
                    <p class="promised">{t('popup.promisedFor', { date: formatPartialDate(milestone.promised.date, language) })}</p>
                  )}
                  <div class="milestone-foot">
                    {milestone.terms.map((termId) => (
                      <button type="button" class="chip" key={termId} onClick={() => onSelectTerm(termId)}>
                        {termLabels.get(termId) ?? termId}
                      </button>
                    ))}
                    {firstSource && <SourceLink source={firstSource} language={language} />}
                  </div>
                </li>,
              ];
            })}
            {!todayShown && group.year === todayYear && todayMarker()}
          </ol>
        </section>
      ))}
      {!todayShown && groups.length > 0 && <ol>{todayMarker()}</ol>}
    </div>
  );
}
