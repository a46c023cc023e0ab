import type { Source } from '@/utils/dataset/schema';
import type { Language } from '@/utils/dates/format-date';
import { uiText } from '@/utils/i18n/ui-strings';
import { describeMark } from '@/utils/timeline/describe-mark';
import type { LaneMark } from '@/utils/timeline/roadmap-lanes';
import { SourceLink } from '../source-link/SourceLink';

/**
 * The step chosen on the roadmap (click or Enter on a mark): what its
 * tooltip said, with its sources as links and its programmes as buttons.
 */
export function MarkDetail({
  mark,
  sources,
  termLabels,
  language,
  onSelectTerm,
  onClose,
}: {
  mark: LaneMark;
  sources: Map<string, Source>;
  termLabels: Map<string, string>;
  language: Language;
  onSelectTerm: (termId: string) => void;
  onClose: () => void;
}) {
  const t = uiText(language);
  const description = describeMark(mark, sources, language);
  const cited = [...mark.milestone.sources, ...(mark.milestone.promised?.sources ?? [])];
  return (
    <section class="mark-detail" aria-labelledby="mark-detail-title" aria-live="polite">
      <h2 id="mark-detail-title">{t('roadmap.detail')}</h2>
      <p class="detail-title">{description.title}</p>
      <p class="muted">{description.when}</p>
      {description.slip && <p class="error">{description.slip}</p>}
      <ul class="sources">
        {[...new Set(cited)].map((id) => {
          const source = sources.get(id);
          return source ? (
            <li key={id}>
              <SourceLink source={source} language={language} />
            </li>
          ) : null;
        })}
      </ul>
      <p class="chips">
        {mark.milestone.terms.map((id) => (
          <button type="button" class="chip" key={id} onClick={() => onSelectTerm(id)}>
            {termLabels.get(id) ?? id}
          </button>
        ))}
      </p>
      <button type="button" onClick={onClose}>
        {t('roadmap.close')}
      </button>
    </section>
  );
}
