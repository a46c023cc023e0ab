import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DatasetStatusPanel } from '@/components/dataset-status/DatasetStatusPanel';
import type { DatasetStatus } from '@/utils/dataset/dataset-status';
import type { Language } from '@/utils/dates/format-date';
import { uiText } from '@/utils/i18n/ui-strings';
import { askBackground } from '@/utils/adapters/messaging/send';
import { WELCOME_PAGE } from '@/utils/messaging/extension-pages';

/** The installed dataset's version, the update check, and the way back to the welcome page. */
export function PopupFooter({ status, language }: { status: DatasetStatus | undefined; language: Language }) {
  const t = uiText(language);
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const checkUpdates = async () => {
    setChecking(true);
    setError(null);
    try {
      await askBackground({ type: 'check-updates' });
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setChecking(false);
    }
  };
  return (
    <footer class="popup-foot">
      {status && <DatasetStatusPanel status={status} language={language} />}
      <button type="button" onClick={() => void checkUpdates()} disabled={checking}>
        {checking ? t('popup.checking') : t('popup.checkUpdates')}
      </button>
      {error && <p class="error">{error}</p>}
      <button
        type="button"
        class="link welcome-link"
        onClick={() => void browser.tabs.create({ url: browser.runtime.getURL(`/${WELCOME_PAGE}`) }).then(() => window.close())}
      >
        {t('popup.welcome')}
      </button>
    </footer>
  );
}
