import type { ReleaseHistoryEntry } from '@/utils/dataset/dataset-status';
import { formatPartialDate, type Language } from '@/utils/dates/format-date';
import { PHASE_LABELS } from '@/utils/i18n/phase-labels';
import { updateText } from '@/utils/i18n/update-strings';

/** Whether an install has anything to tell the reader. */
export function hasNews(entry: ReleaseHistoryEntry): boolean {
  const changes = entry.changes;
  return Boolean(entry.notes) || Boolean(changes && changes.statusChanged.length + changes.newTerms.length + changes.newMilestones.length > 0);
}

/**
 * What changed in one install, for the reader: the release's notes, the
 * programmes whose status changed (old → new phase and the new sentence),
 * the new programmes and the new milestones. Dataset text is shown as text.
 */
export function ReleaseChanges({ entry, language, onDismiss }: { entry: ReleaseHistoryEntry; language: Language; onDismiss?: () => void }) {
  const t = updateText(language);
  const changes = entry.changes;
  return (
    <section class="release-changes" aria-labelledby={`release-changes-${entry.seq ?? 0}`}>
      <h2 id={`release-changes-${entry.seq ?? 0}`}>{t('changes.title', { version: entry.version })}</h2>
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
      {changes && changes.newTerms.length > 0 && (
        <p>
          {t('changes.newTerms')} {changes.newTerms.map((term) => term.label).join(', ')}
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
        </>
      )}
      {onDismiss && (
        <button type="button" onClick={onDismiss}>
          {t('changes.dismiss')}
        </button>
      )}
    </section>
  );
}
