import type { Language } from '@/utils/dates/format-date';
import { uiText } from '@/utils/i18n/ui-strings';
import { changeSettings } from '@/utils/adapters/messaging/send';
import { isSiteDisabled, type Settings } from '@/utils/settings/settings';

/** Turn Repère off for the tab's site, or pause it everywhere (written by the background). */
export function SiteControls({ site, url, settings, language }: { site: string; url: string; settings: Settings; language: Language }) {
  const t = uiText(language);
  const disabled = isSiteDisabled(settings, url);
  return (
    <div class="site-controls">
      <button
        type="button"
        aria-pressed={disabled}
        onClick={() =>
          void changeSettings({
            disabledSites: disabled ? settings.disabledSites.filter((entry) => entry !== site) : [...settings.disabledSites, site],
          })
        }
      >
        {disabled ? t('popup.enableSite') : t('popup.disableSite')}
      </button>
      <button type="button" aria-pressed={settings.paused} onClick={() => void changeSettings({ paused: !settings.paused })}>
        {settings.paused ? t('popup.resume') : t('popup.pause')}
      </button>
      <span class="site-name">{site}</span>
    </div>
  );
}
