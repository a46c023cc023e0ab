import { browser } from 'wxt/browser';
import type { Language } from '@/utils/dates/format-date';
import { uiText } from '@/utils/i18n/ui-strings';
import { ROADMAP_PAGE } from '@/utils/timeline/roadmap-params';

/** The popup's title bar: the full-page roadmap and the options, one click each. */
export function PopupHeader({ language }: { language: Language }) {
  const t = uiText(language);
  return (
    <header class="popup-head">
      <h1>Repère</h1>
      <span class="head-links">
        <button
          type="button"
          class="link"
          onClick={() => void browser.tabs.create({ url: browser.runtime.getURL(`/${ROADMAP_PAGE}`) }).then(() => window.close())}
        >
          {t('popup.openRoadmap')}
        </button>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popup.options')}
        </button>
      </span>
    </header>
  );
}
