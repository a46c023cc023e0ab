import { useEffect, useRef } from 'preact/hooks';
import type { Milestone, Source } from '@/utils/dataset/schema';
import { formatPartialDate, type Language } from '@/utils/dates/format-date';
import { MILESTONE_KIND_LABELS } from '@/utils/i18n/phase-labels';
import { uiText } from '@/utils/i18n/ui-strings';
import { timelineSections } from '@/utils/timeline/timeline-sections';
import { SourceLink } from '../source-link/SourceLink';
import './timeline.css';

export interface TimelineProps {
  milestones: Milestone[];
  termLabels: Map<string, string>;
  sources: Map<string, Source>;
  language: Language;
  today: string;
  onSelectTerm: (termId: string) => void;
  /** Scroll "today" into view when first drawn (the popup's full timeline opens on now). */
  openOnToday?: boolean;
}

/**
 * The roadmap by year: done steps solid, planned ones outlined, a "today"
 * line in today's own year, and for every step that slipped the date first
 * promised beside the real one. Each step shows its first source.
 */
export function Timeline({ milestones, termLabels, sources, language, today, onSelectTerm, openOnToday = false }: TimelineProps) {
  const t = uiText(language);
  const sections = timelineSections(milestones, today);
  const todayRef = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (openOnToday) todayRef.current?.scrollIntoView({ block: 'start' });
  }, [openOnToday]);
  return (
    <div class="timeline">
      {sections.length > 0 && (
        <button
          type="button"
          class="jump-today"
          onClick={() => {
            todayRef.current?.scrollIntoView({ block: 'center' });
            todayRef.current?.focus({ preventScroll: true });
          }}
        >
          {t('popup.jumpToToday')}
        </button>
      )}
      {sections.map((section) => (
        <section class="year" key={section.year} aria-labelledby={`year-${section.year}`}>
          <h3 id={`year-${section.year}`}>{section.year}</h3>
          <ol>
            {section.items.map((item) => {
              if (item.kind === 'today') {
                return (
                  <li class="today" key="today" ref={todayRef} aria-label={t('popup.today')} tabIndex={-1}>
                    <span>{t('popup.today')}</span>
                  </li>
                );
              }
              const { milestone } = item;
              const firstSource = sources.get(milestone.sources[0] ?? '');
              return (
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
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </div>
  );
}
