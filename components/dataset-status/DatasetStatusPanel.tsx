import type { DatasetStatus } from '@/utils/dataset/dataset-status';
import { formatPartialDate, formatTimestamp, type Language } from '@/utils/dates/format-date';
import { uiText } from '@/utils/i18n/ui-strings';

/** The installed dataset and the last update check, told plainly. */
export function DatasetStatusPanel({ status, language }: { status: DatasetStatus; language: Language }) {
  const t = uiText(language);
  const { current, sync } = status;
  const origin = current
    ? current.origin === 'remote'
      ? t('status.origin.remote', { url: current.originUrl ?? '' })
      : t(current.origin === 'bundled' ? 'status.origin.bundled' : 'status.origin.file')
    : '';
  return (
    <div class="dataset-status" role="status">
      {current && (
        <p>
          {t('popup.dataset', { version: current.version, date: formatPartialDate(current.publishedAt.slice(0, 10), language) })}, {origin}
        </p>
      )}
      <p class="muted">{sync.lastCheckAt ? t('popup.lastCheck', { date: formatTimestamp(sync.lastCheckAt, language) }) : t('popup.neverChecked')}</p>
      {sync.lastOutcome && (
        <p class={sync.lastOutcome.code === 'ok' ? 'ok' : sync.lastOutcome.code === 'no-url' ? 'muted' : 'error'}>
          {sync.lastOutcome.message[language]}
        </p>
      )}
      {sync.lastFailure && sync.lastOutcome?.code === 'ok' && (
        <p class="muted">
          {t('popup.lastFailure', { date: formatTimestamp(sync.lastFailure.at, language), message: sync.lastFailure.message[language] })}
        </p>
      )}
    </div>
  );
}
