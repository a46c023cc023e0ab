import { useLayoutEffect, useState } from 'preact/hooks';
import { browser, type Browser } from 'wxt/browser';

/**
 * The tab the popup talks about: the active tab of the current window, or
 * the one named by `?tab=<id>` (the popup page opened in a tab of its own, as
 * the end-to-end tests do).
 */
export function useTargetTab(): Browser.tabs.Tab | null | undefined {
  // undefined while looking; null when there is no such tab.
  const [tab, setTab] = useState<Browser.tabs.Tab | null | undefined>(undefined);
  // A layout effect: the read starts with the first render, not a frame later.
  useLayoutEffect(() => {
    const requested = Number(new URLSearchParams(window.location.search).get('tab'));
    const lookup = Number.isInteger(requested) && requested > 0
      ? browser.tabs.get(requested)
      : browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => active);
    lookup.then((found) => setTab(found ?? null)).catch(() => setTab(null));
  }, []);
  return tab;
}
