import type { Category } from '@/utils/dataset/categories';
import type { Term } from '@/utils/dataset/schema';
import type { Language } from '@/utils/dates/format-date';
import { CATEGORY_LABELS } from '@/utils/i18n/phase-labels';
import { uiText } from '@/utils/i18n/ui-strings';
import type { Zoom } from '@/utils/timeline/roadmap-scale';

export interface ControlsChange {
  category?: Category | '';
  programme?: string;
  zoom?: Zoom;
}

/** The roadmap's filters (category, programme), its scale (years or quarters) and its exports. */
export function RoadmapControls({
  terms,
  category,
  programme,
  zoom,
  language,
  onChange,
  onExport,
}: {
  terms: Term[];
  category: Category | '';
  programme: string;
  zoom: Zoom;
  language: Language;
  onChange: (change: ControlsChange) => void;
  onExport: (format: 'svg' | 'png') => void;
}) {
  const t = uiText(language);
  const categories = [...new Set(terms.map((term) => term.category))].sort();
  const programmes = terms
    .filter((term) => !category || term.category === category)
    .sort((a, b) => a.label.localeCompare(b.label, 'fr'));
  return (
    <div class="roadmap-controls">
      <label>
        {t('roadmap.category')}
        <select
          aria-label={t('roadmap.category')}
          value={category}
          onChange={(event) => onChange({ category: (event.target as HTMLSelectElement).value as Category | '', programme: '' })}
        >
          <option value="">{t('popup.allCategories')}</option>
          {categories.map((entry) => (
            <option key={entry} value={entry}>
              {CATEGORY_LABELS[entry][language]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('roadmap.programme')}
        <select
          aria-label={t('roadmap.programme')}
          value={programme}
          onChange={(event) => onChange({ programme: (event.target as HTMLSelectElement).value })}
        >
          <option value="">{t('roadmap.allProgrammes')}</option>
          {programmes.map((term) => (
            <option key={term.id} value={term.id}>
              {term.label}
            </option>
          ))}
        </select>
      </label>
      <fieldset class="zoom">
        <legend>{t('roadmap.zoom')}</legend>
        {(['year', 'quarter'] as const).map((entry) => (
          <label key={entry}>
            <input type="radio" name="zoom" value={entry} checked={zoom === entry} onChange={() => onChange({ zoom: entry })} />
            {entry === 'year' ? t('roadmap.zoomYear') : t('roadmap.zoomQuarter')}
          </label>
        ))}
      </fieldset>
      <span class="exports">
        <button type="button" onClick={() => onExport('svg')}>
          {t('roadmap.exportSvg')}
        </button>
        <button type="button" onClick={() => onExport('png')}>
          {t('roadmap.exportPng')}
        </button>
      </span>
    </div>
  );
}
