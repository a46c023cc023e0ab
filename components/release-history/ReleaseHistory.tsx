import type { ReleaseHistoryEntry } from '@/utils/dataset/dataset-status';
import { formatPartialDate, formatTimestamp, type Language } from '@/utils/dates/format-date';
import { updateText } from '@/utils/i18n/update-strings';

/** The options page's list of the last installs, newest first, each with its notes and what it changed. */
export function ReleaseHistory({ history, language }: { history: readonly ReleaseHistoryEntry[]; language: Language }) {
  const t = updateText(language);
  return (
    <div class="release-history">
      <h3>{t('history.title')}</h3>
      {history.length === 0 ? (
        <p class="muted">{t('history.none')}</p>
      ) : (
        <ol>
          {history.map((entry) => (
            <li key={entry.seq}>
              <p>
                {t('history.entry', {
                  version: entry.version,
                  date: formatPartialDate(entry.publishedAt.slice(0, 10), language),
                  installed: formatTimestamp(entry.installedAt, language),
                })}{' '}
                <span class="muted">({t(`history.origin.${entry.origin}`)})</span>
              </p>
              {entry.notes && <p class="release-notes">{entry.notes[language]}</p>}
              {entry.changes && (
                <p class="muted">
                  {t('changes.summary', {
                    statuses: entry.changes.totals.statusChanged,
                    terms: entry.changes.totals.newTerms,
                    milestones: entry.changes.totals.newMilestones,
                  })}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
