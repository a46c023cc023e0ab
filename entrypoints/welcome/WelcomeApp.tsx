import { useCallback, useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useDatasetStatus } from '@/components/hooks/use-dataset-status';
import { useSettings } from '@/components/hooks/use-settings';
import { markExtensionPage } from '@/components/page-marking/mark-extension-page';
import { CardGuide } from '@/components/welcome/CardGuide';
import { LiveSample } from '@/components/welcome/LiveSample';
import '@/utils/marking/highlights.css';
import { contentSettingsOf } from '@/utils/settings/settings';
import { DataGuide } from '@/components/welcome/DataGuide';
import { ShortcutGuide } from '@/components/welcome/ShortcutGuide';
import { openShortcutSettings, SHORTCUT_SETTINGS_URL } from '@/utils/adapters/commands/keyboard-shortcuts';
import { resolveLanguage } from '@/utils/i18n/resolve-language';
import { welcomeText } from '@/utils/i18n/welcome-strings';
import { useBoundCommands } from './use-bound-commands';

/**
 * The page a new reader sees once, on install (and later from the popup
 * and the options): a sample to hover, how to read a card, the keys, where
 * the data comes from and whether it updates, and what stays private.
 */
export function WelcomeApp() {
  const settings = useSettings();
  const status = useDatasetStatus();
  const commands = useBoundCommands();
  const language = resolveLanguage(settings?.language ?? 'auto', navigator.languages ?? []);
  const t = welcomeText(language);
  const getUrl = browser.runtime.getURL as (path: string) => string;
  // The sample is marked by the real marker and cards (as on any article),
  // again when the settings change; the welcome page itself has no article date.
  const markSample = useCallback(
    async (paragraph: HTMLElement) => {
      const marking = await markExtensionPage({ root: paragraph, settings: contentSettingsOf(settings!), articleDay: null });
      await marking.ready;
      return marking;
    },
    [settings],
  );

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t('welcome.title');
  }, [language]);

  return (
    <main class="welcome">
      <header class="welcome-header">
        <img src={getUrl('/icon/128.png')} alt="" width={48} height={48} />
        <div>
          <h1>{t('welcome.title')}</h1>
          <p class="lead">{t('welcome.lead')}</p>
        </div>
      </header>

      {settings && <LiveSample language={language} mark={markSample} />}

      <CardGuide language={language} />
      <p class="popup-hint">{t('welcome.popupHint')}</p>

      <ShortcutGuide
        commands={commands}
        language={language}
        shortcutSettingsUrl={SHORTCUT_SETTINGS_URL}
        onOpenShortcutSettings={() => void openShortcutSettings()}
      />

      <DataGuide status={status} updates={settings} language={language} optionsUrl={getUrl('/options.html')} />

      <section class="welcome-privacy" aria-labelledby="welcome-privacy-title">
        <h2 id="welcome-privacy-title">{t('welcome.privacyTitle')}</h2>
        <p>{t('welcome.privacy')}</p>
      </section>
    </main>
  );
}
