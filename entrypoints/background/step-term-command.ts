import { browser } from 'wxt/browser';
import { askTabContent } from '@/utils/adapters/messaging/send';

/** The keyboard command: the page's content script moves to the next marked term and opens its card. */
export async function stepTermInActiveTab(direction: 'next' | 'previous'): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  try {
    await askTabContent({ id: tab.id, url: tab.url }, { type: 'step-term', direction });
  } catch {
    // No content script on this tab (browser page, store, the browser's PDF viewer): nothing to step through.
  }
}
