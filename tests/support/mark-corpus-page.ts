import { Window } from 'happy-dom';
import type { MarkerIndex } from '../../utils/dataset/term-index';
import { createMatcher } from '../../utils/matcher/compile-matcher';
import { PageMarker } from '../../utils/marking/page-marker';
import { DEFAULT_SETTINGS, contentSettingsOf, type ContentSettings } from '../../utils/settings/settings';

/**
 * Marks a whole corpus page as the extension does: the page loaded as a
 * document (happy-dom), read by the same PageMarker, with the same matcher
 * and ambiguity rule as a web page's content script; counted as the popup's
 * "Sur cette page" counts it.
 */
export async function markCorpusPage({
  html,
  url,
  index,
  settings = contentSettingsOf(DEFAULT_SETTINGS),
}: {
  html: string;
  url: string;
  index: MarkerIndex;
  settings?: ContentSettings;
}): Promise<Record<string, number>> {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  try {
    window.document.write(html);
    const marker = new PageMarker({
      document: window.document as unknown as Document,
      matcher: createMatcher(index.matcher),
      settings,
      categoryOf: (termId) => index.categories[termId],
      watch: false,
    });
    await marker.start();
    const counts = Object.fromEntries(marker.counts());
    marker.destroy();
    return counts;
  } finally {
    await window.happyDOM.close();
  }
}
