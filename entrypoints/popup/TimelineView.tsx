import { useMemo, useState } from 'preact/hooks';
import { Timeline } from '@/components/timeline/Timeline';
import type { Category } from '@/utils/dataset/categories';
import type { Milestone, Source, Term } from '@/utils/dataset/schema';
import type { Language } from '@/utils/dates/format-date';
import { CATEGORY_LABELS } from '@/utils/i18n/phase-labels';
import { uiText } from '@/utils/i18n/ui-strings';

/** The whole roadmap year by year, filtered by programme or category, opened on today. */
export function TimelineView({
  terms,
  milestones,
  termLabels,
  sources,
  language,
  today,
  onSelectTerm,
}: {
  terms: Term[];
  milestones: Milestone[];
  termLabels: Map<string, string>;
  sources: Map<string, Source>;
  language: Language;
  today: string;
  onSelectTerm: (termId: string) => void;
}) {
  const t = uiText(language);
  const [termFilter, setTermFilter] = useState('');
  const [categoryFilter, setCategoryFilter] = useState<Category | ''>('');
  const categories = useMemo(() => [...new Set(terms.map((term) => term.category))].sort(), [terms]);
  const visible = useMemo(() => {
    const allowed = new Set(
      terms
        .filter((term) => (!categoryFilter || term.category === categoryFilter) && (!termFilter || term.id === termFilter))
        .map((term) => term.id),
    );
    return milestones.filter((milestone) => milestone.terms.some((id) => allowed.has(id)));
  }, [terms, milestones, termFilter, categoryFilter]);
  return (
    <>
      <h2 class="visually-hidden">{t('popup.timeline')}</h2>
      <div class="filters">
        <label>
          {t('popup.filterTerm')}
          {/* Named explicitly: a wrapping label's name would also take in every option's text. */}
          <select aria-label={t('popup.filterTerm')} value={termFilter} onChange={(event) => setTermFilter((event.target as HTMLSelectElement).value)}>
            <option value="">{t('popup.all')}</option>
            {[...terms]
              .sort((a, b) => a.label.localeCompare(b.label, 'fr'))
              .map((term) => (
                <option value={term.id} key={term.id}>
                  {term.label}
                </option>
              ))}
          </select>
        </label>
        <label>
          {t('popup.filterCategory')}
          <select
            aria-label={t('popup.filterCategory')}
            value={categoryFilter}
            onChange={(event) => setCategoryFilter((event.target as HTMLSelectElement).value as Category | '')}
          >
            <option value="">{t('popup.allCategories')}</option>
            {categories.map((category) => (
              <option value={category} key={category}>
                {CATEGORY_LABELS[category][language]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <Timeline
        milestones={visible}
        termLabels={termLabels}
        sources={sources}
        language={language}
        today={today}
        onSelectTerm={onSelectTerm}
        openOnToday
      />
    </>
  );
}
