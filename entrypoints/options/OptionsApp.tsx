import { useEffect } from 'preact/hooks';
import { useDatasetStatus } from '@/components/hooks/use-dataset-status';
import { useSettings } from '@/components/hooks/use-settings';
import { askBackground, changeSettings } from '@/utils/adapters/messaging/send';
import { readInstalledReleaseOnce } from '@/utils/adapters/storage-reads/read-only-database';
import { resolveLanguage } from '@/utils/i18n/resolve-language';
import { uiText } from '@/utils/i18n/ui-strings';
import { WELCOME_PAGE } from '@/utils/messaging/extension-pages';
import { DatasetSection } from './sections/DatasetSection';
import { DisplaySection } from './sections/DisplaySection';
import { SitesSection } from './sections/SitesSection';
import { UpdatesSection } from './sections/UpdatesSection';
import { useSavedSettings } from './use-saved-settings';

/** Saves the installed release's file, byte for byte as it arrived. */
async function exportDataset(): Promise<void> {
  const current = await readInstalledReleaseOnce('current');
  if (!current) return;
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([current.json], { type: 'application/json' }));
  link.download = `repere-dataset-${current.release.version}.json`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

/**
 * The options page. Each control saves at once (no "apply" step) through
 * the background, which writes the settings: open tabs, the background and
 * the popup all watch them, so every setting takes effect without a restart
 * and survives one. Each section says, beside the control, what happened.
 */
export function OptionsApp() {
  const [settings, save] = useSavedSettings(useSettings(), changeSettings);
  const status = useDatasetStatus();
  const language = resolveLanguage(settings?.language ?? 'auto', navigator.languages ?? []);
  const t = uiText(language);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t('options.title');
  }, [language]);

  if (!settings) return <main class="options" aria-busy="true" />;
  return (
    <main class="options">
      <h1>{t('options.title')}</h1>
      <p>
        <a href={`/${WELCOME_PAGE}`}>{t('options.welcomeLink')}</a>
      </p>
      <DisplaySection settings={settings} language={language} save={save} />
      <SitesSection settings={settings} language={language} save={save} />
      <UpdatesSection settings={settings} language={language} save={save} />
      <DatasetSection status={status} language={language} actions={{ request: (request) => askBackground(request), exportDataset }} />
    </main>
  );
}
