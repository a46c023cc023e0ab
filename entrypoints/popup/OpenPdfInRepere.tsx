import { useEffect, useState } from 'preact/hooks';
import { browser, type Browser } from 'wxt/browser';
import { askBackground } from '@/utils/adapters/messaging/send';
import type { Language } from '@/utils/dates/format-date';
import { uiText } from '@/utils/i18n/ui-strings';
import { viewerPathFor } from '@/utils/pdf/viewer-url';

/**
 * "Ouvrir dans Repère" for a PDF the tab shows in the browser's own viewer
 * (where nothing can be marked): the background saw it load.
 */
export function OpenPdfInRepere({ tab, language }: { tab: Browser.tabs.Tab; language: Language }) {
  const t = uiText(language);
  const [pdfUrl, setPdfUrl] = useState<string | null>(null);
  useEffect(() => {
    if (tab.id === undefined) return;
    void askBackground({ type: 'pdf-in-tab', tabId: tab.id }).then(
      (answer) => setPdfUrl(answer.url),
      () => setPdfUrl(null),
    );
  }, [tab.id, tab.url]);
  if (!pdfUrl || tab.id === undefined) return null;
  const tabId = tab.id;
  return (
    <p class="open-pdf">
      <button
        type="button"
        onClick={() => void browser.tabs.update(tabId, { url: browser.runtime.getURL(viewerPathFor(pdfUrl) as `/pdf-viewer.html${string}`) }).then(() => window.close())}
      >
        {t('popup.openPdfInRepere')}
      </button>
    </p>
  );
}
