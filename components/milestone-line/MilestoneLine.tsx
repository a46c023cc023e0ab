import type { Milestone } from '@/utils/dataset/schema';
import { formatPartialDate, type Language } from '@/utils/dates/format-date';
import './milestone-line.css';

/**
 * A milestone on one short line: its date, its title, and the programmes it
 * concerns as buttons (one opens that programme's page). The first-screen
 * lists and the search results use it.
 */
export function MilestoneLine({
  milestone,
  language,
  termLabels,
  onSelectTerm,
  showTerms = true,
  children,
}: {
  milestone: Milestone;
  language: Language;
  termLabels: Map<string, string>;
  onSelectTerm: (termId: string) => void;
  /** Off where the programme is already the heading (search results). */
  showTerms?: boolean;
  /** Extra lines under the title (a slip's promised → delivered). */
  children?: preact.ComponentChildren;
}) {
  return (
    <li class={`milestone-line kind-${milestone.kind}`} data-milestone={milestone.id}>
      <time dateTime={milestone.date}>{formatPartialDate(milestone.date, language)}</time>
      <span class="line-title">{milestone.title[language]}</span>
      {children}
      {showTerms && (
        <span class="line-terms">
          {milestone.terms.map((termId) => (
            <button type="button" class="chip" key={termId} onClick={() => onSelectTerm(termId)}>
              {termLabels.get(termId) ?? termId}
            </button>
          ))}
        </span>
      )}
    </li>
  );
}
