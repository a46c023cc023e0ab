import type { ReleaseHistoryEntry } from '@/utils/dataset/dataset-status';
import { hasChanges } from '@/utils/dataset/release-changes';
import { formatPartialDate, type Language } from '@/utils/dates/format-date';
import { PHASE_LABELS } from '@/utils/i18n/phase-labels';
import { updateText } from '@/utils/i18n/update-strings';

/**
 * Whether an install has anything to tell the reader. The first install
 * replaced nothing (no `changes`): its notes are not news to a new reader.
 */
export function hasNews(entry: ReleaseHistoryEntry): boolean {
  if (!entry.changes) return false;
  return Boolean(entry.notes) || hasChanges(entry.changes);
}

/** "… et 12 autres" after a list cut short. */
function More({ shown, total, language }: { shown: number; total: number; language: Language }) {
  return total > shown ? <p class="muted">{updateText(language)('changes.more', { count: total - shown })}</p> : null;
}

/**
 * What changed in one install, for the reader: the release's notes, the
 * programmes whose status changed (old → new phase and the new sentence),
 * the new programmes and the new milestones. Dataset text is shown as text.
 */
export function ReleaseChanges({
  entry,
  language,
  onDismiss,
  collapsed = false,
}: {
  entry: ReleaseHistoryEntry;
  language: Language;
  onDismiss?: () => void;
  /** One summary line, the rest behind a disclosure: the popup's first screen stays on now. */
  collapsed?: boolean;
}) {
  const t = updateText(language);
  const body = <ChangesBody entry={entry} language={language} />;
  const changes = entry.changes;
  return (
    <section class="release-changes" aria-labelledby={`release-changes-${entry.seq ?? 0}`}>
      <h2 id={`release-changes-${entry.seq ?? 0}`}>{t('changes.title', { version: entry.version })}</h2>
      {collapsed && changes ? (
        <details>
          <summary>
            {t('changes.summary', {
              statuses: changes.totals.statusChanged,
              terms: changes.totals.newTerms,
              milestones: changes.totals.newMilestones,
            })}
          </summary>
          {body}
        </details>
      ) : (
        body
      )}
      {onDismiss && (
        <button type="button" onClick={onDismiss}>
          {t('changes.dismiss')}
        </button>
      )}
    </section>
  );
}

/** The notes, then the lists of what changed. */
function ChangesBody({ entry, language }: { entry: ReleaseHistoryEntry; language: Language }) {
  const t = updateText(language);
  const changes = entry.changes;
  return (
    <>
      {entry.notes && <p class="release-notes">{entry.notes[language]}</p>}
      {changes && changes.statusChanged.length > 0 && (
        <ul class="status-changes">
          {changes.statusChanged.map((change) => (
            <li key={change.id}>
              <strong>{t('changes.status', { label: change.label, from: PHASE_LABELS[change.from][language], to: PHASE_LABELS[change.to][language] })}</strong>{' '}
              {change.summary[language]} ({formatPartialDate(change.asOf, language)})
            </li>
          ))}
        </ul>
      )}
      {changes && <More shown={changes.statusChanged.length} total={changes.totals.statusChanged} language={language} />}
      {changes && changes.newTerms.length > 0 && (
        <p>
          {t('changes.newTerms')} {changes.newTerms.map((term) => term.label).join(', ')}
          {changes.totals.newTerms > changes.newTerms.length && ` ${t('changes.more', { count: changes.totals.newTerms - changes.newTerms.length })}`}
        </p>
      )}
      {changes && changes.newMilestones.length > 0 && (
        <>
          <p>{t('changes.newMilestones')}</p>
          <ul class="new-milestones">
            {changes.newMilestones.map((milestone) => (
              <li key={milestone.id}>
                {formatPartialDate(milestone.date, language)} — {milestone.title[language]}
              </li>
            ))}
          </ul>
          <More shown={changes.newMilestones.length} total={changes.totals.newMilestones} language={language} />
        </>
      )}
    </>
  );
}
