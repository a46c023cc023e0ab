import type { Language } from '@/utils/dates/format-date';
import { uiText } from '@/utils/i18n/ui-strings';
import type { SearchGroup } from '@/utils/timeline/roadmap-search';
import { MilestoneLine } from '../milestone-line/MilestoneLine';
import './search-results.css';

/** The search's answer: programmes, each with the steps found for it in date order. */
export function SearchResults({
  groups,
  language,
  termLabels,
  onSelectTerm,
}: {
  groups: SearchGroup[];
  language: Language;
  termLabels: Map<string, string>;
  onSelectTerm: (termId: string) => void;
}) {
  const t = uiText(language);
  return (
    <div class="results" aria-live="polite">
      {groups.length === 0 ? (
        <p class="muted">{t('popup.noResult')}</p>
      ) : (
        <>
          <p class="visually-hidden">{t('popup.searchResultsCount', { count: groups.length })}</p>
          <ul class="result-groups">
            {groups.map((group) => (
              <li key={group.term.id} class="result-group" data-term={group.term.id}>
                <button type="button" class="chip result" onClick={() => onSelectTerm(group.term.id)}>
                  {group.term.label}
                  {group.term.names[language] !== group.term.label && <span class="chip-detail"> — {group.term.names[language]}</span>}
                </button>
                {group.milestones.length > 0 && (
                  <ul class="milestone-lines">
                    {group.milestones.map((milestone) => (
                      <MilestoneLine
                        key={milestone.id}
                        milestone={milestone}
                        language={language}
                        termLabels={termLabels}
                        onSelectTerm={onSelectTerm}
                        showTerms={false}
                      />
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
