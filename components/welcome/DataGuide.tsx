import type { DatasetStatus } from '@/utils/dataset/dataset-status';
import { formatPartialDate, type Language } from '@/utils/dates/format-date';
import { uiText } from '@/utils/i18n/ui-strings';
import { welcomeText } from '@/utils/i18n/welcome-strings';
import type { Settings } from '@/utils/settings/settings';

export type UpdateSettings = Pick<Settings, 'updateUrl' | 'autoUpdate' | 'updateIntervalHours'>;

export interface DataGuideProps {
  /** The installed dataset (read-only database); undefined while it is read. */
  status: DatasetStatus | undefined;
  /** Undefined while the settings are read. */
  updates: UpdateSettings | undefined;
  language: Language;
  optionsUrl: string;
}

/** The sentence on updates: off (no address), on (with the address and interval), or manual only. */
function updatesSentence(updates: UpdateSettings, language: Language): { text: string; off: boolean } {
  const t = welcomeText(language);
  const url = updates.updateUrl.trim();
  if (!url) return { text: t('welcome.updatesOff'), off: true };
  if (!updates.autoUpdate) return { text: t('welcome.updatesManual', { url }), off: true };
  return { text: t('welcome.updatesOn', { url, hours: updates.updateIntervalHours }), off: false };
}

/** Which dataset is installed, where its facts come from, and whether and where it updates. */
export function DataGuide({ status, updates, language, optionsUrl }: DataGuideProps) {
  const t = welcomeText(language);
  const ui = uiText(language);
  const current = status?.current;
  const origin = current
    ? current.origin === 'remote'
      ? ui('status.origin.remote', { url: current.originUrl ?? '' })
      : ui(current.origin === 'bundled' ? 'status.origin.bundled' : 'status.origin.file')
    : '';
  const sentence = updates ? updatesSentence(updates, language) : null;
  return (
    <section class="welcome-data" aria-labelledby="welcome-data-title" aria-busy={!status || !updates}>
      <h2 id="welcome-data-title">{t('welcome.dataTitle')}</h2>
      <p class="dataset-version">
        {current
          ? t('welcome.dataVersion', { version: current.version, date: formatPartialDate(current.publishedAt.slice(0, 10), language), origin })
          : t('welcome.dataLoading')}
      </p>
      <p>{t('welcome.dataSources')}</p>
      {sentence && (
        <p class={sentence.off ? 'updates notice' : 'updates'} data-updates={sentence.off ? 'off' : 'on'}>
          {sentence.text} <a href={optionsUrl}>{t('welcome.openOptions')}</a>
        </p>
      )}
    </section>
  );
}
