import { useEffect, useRef, useState } from 'preact/hooks';
import { browser, type Browser } from 'wxt/browser';
import type { PageTermsState } from '@/components/on-this-page/OnThisPage';
import { askTab, askViewer } from '@/utils/adapters/messaging/send';
import { documentUrlOf, isViewerUrl } from '@/utils/pdf/viewer-url';
import { isSiteDisabled, siteOf, type Settings } from '@/utils/settings/settings';
import { sumFrameTerms, type FrameTerms } from '@/utils/timeline/page-terms-sum';

/**
 * The frames of a tab, top document first. `scripting.executeScript` with
 * `allFrames` runs a no-op in each frame and reports each frame's id: the
 * `scripting` permission it needs shows no warning at install, where
 * `webNavigation.getAllFrames` would ("read your browsing history"). The
 * no-op reads nothing and sends nothing; it only names the frames.
 */
async function frameIdsOf(tabId: number): Promise<number[]> {
  try {
    const results = await browser.scripting.executeScript({ target: { tabId, allFrames: true }, func: () => true });
    return [...new Set(results.map((result) => result.frameId))];
  } catch {
    // A page the extension may not script (or an older browser): the top document only.
    return [0];
  }
}

const askFrame = (tabId: number, frameId: number): Promise<FrameTerms | null> =>
  askTab(tabId, { type: 'page-terms' }, frameId).then(
    (answer): FrameTerms => ({ frameId, terms: answer?.terms ?? [] }),
    () => null,
  );

/**
 * Each frame's `page-terms` answer; frames without Repère's content script
 * are left out. The top document is asked at once, while the other frames
 * are being listed.
 */
async function askEveryFrame(tabId: number): Promise<FrameTerms[] | null> {
  const top = askFrame(tabId, 0);
  const others = (await frameIdsOf(tabId)).filter((frameId) => frameId !== 0);
  const answers = await Promise.all([top, ...others.map((frameId) => askFrame(tabId, frameId))]);
  const frames = answers.filter((answer): answer is FrameTerms => answer !== null);
  return frames.length > 0 ? frames : null;
}

/**
 * The address Repère reads in a tab: the page's, or for Repère's PDF
 * viewer the document's (its site decides, as for a page).
 */
export function readAddressOf(tab: Browser.tabs.Tab | null | undefined): string | undefined {
  if (!tab?.url) return undefined;
  return isViewerUrl(tab.url, browser.runtime.getURL('/')) ? (documentUrlOf(tab.url) ?? undefined) : tab.url;
}

/** The viewer answers for its tab as one frame (it has no frames of its own). */
async function askViewerTab(tabId: number): Promise<FrameTerms[] | null> {
  try {
    const answer = await askViewer(tabId, { type: 'page-terms' });
    return [{ frameId: 0, terms: answer.terms }];
  } catch {
    return null;
  }
}

/** "Sur cette page" for the tab the popup talks about, asked again when settings or the dataset change. */
export function usePageTerms(tab: Browser.tabs.Tab | null | undefined, settings: Settings | undefined, datasetHash: string | undefined): PageTermsState {
  const [state, setState] = useState<PageTermsState>({ kind: 'loading' });
  const address = readAddressOf(tab);
  const site = address ? siteOf(address) : null;
  const viewer = !!tab?.url && address !== tab.url;
  // Ask again when another dataset is installed, not when the first one becomes known.
  const firstHash = useRef<string | undefined>(undefined);
  if (datasetHash && !firstHash.current) firstHash.current = datasetHash;
  const newerDataset = datasetHash && datasetHash !== firstHash.current ? datasetHash : '';
  useEffect(() => {
    if (tab === undefined || !settings) return;
    if (!tab || !site || tab.id === undefined) return setState({ kind: 'unavailable' });
    if (settings.paused) return setState({ kind: 'paused' });
    if (isSiteDisabled(settings, address ?? '')) return setState({ kind: 'disabled' });
    setState({ kind: 'loading' });
    let cancelled = false;
    void (viewer ? askViewerTab(tab.id) : askEveryFrame(tab.id)).then((frames) => {
      if (!cancelled) setState(frames ? { kind: 'found', terms: sumFrameTerms(frames) } : { kind: 'unavailable' });
    });
    return () => {
      cancelled = true;
    };
  }, [tab, site, settings?.paused, settings?.disabledSites.join('\n'), newerDataset]);
  return state;
}
