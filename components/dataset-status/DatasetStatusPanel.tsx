import type { DatasetStatus, UpdateFailure } from '@/utils/dataset/dataset-status';
import { formatPartialDate, formatTimestamp, type Language } from '@/utils/dates/format-date';
import { uiText } from '@/utils/i18n/ui-strings';
import { updateText } from '@/utils/i18n/update-strings';

/** Where the update address is typed: the options page's field (a relative link works from the popup and the options page alike). */
export const UPDATE_ADDRESS_FIELD = 'options.html#update-url';

function Failure({ failure, language }: { failure: UpdateFailure; language: Language }) {
  return (
    <>
      {failure.message[language]}
      {failure.detail && (
        <details>
          <summary>{updateText(language)('feedback.details')}</summary>
          <code>{failure.detail}</code>
        </details>
      )}
    </>
  );
}

/** The installed dataset and the last update check, told plainly. */
export function DatasetStatusPanel({ status, language }: { status: DatasetStatus; language: Language }) {
  const t = uiText(language);
  const u = updateText(language);
  const { current, sync } = status;
  const outcome = sync.lastOutcome;
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
      {outcome?.code === 'no-url' && (
        <p class="muted">
          {u('status.noUrl')} <a href={UPDATE_ADDRESS_FIELD}>{u('status.setAddress')}</a>
        </p>
      )}
      {outcome && outcome.code !== 'no-url' && (
        <div class={outcome.code === 'ok' ? 'ok' : 'error'}>
          <Failure failure={outcome} language={language} />
        </div>
      )}
      {sync.lastFailure && outcome?.at !== sync.lastFailure.at && (
        <div class="muted">
          {u('status.lastFailure', { date: formatTimestamp(sync.lastFailure.at, language) })} <Failure failure={sync.lastFailure} language={language} />
        </div>
      )}
    </div>
  );
}
