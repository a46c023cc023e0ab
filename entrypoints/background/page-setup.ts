import { browser } from 'wxt/browser';
import type { PageSetup } from '@/utils/messaging/contract';
import { contentSettingsOf, isActiveOn, type Settings } from '@/utils/settings/settings';
import type { DatasetService } from './dataset-service';

/** What the bootstrap of a page at `url` needs: see `PageSetup`. */
export async function pageSetupFor({
  url,
  settings,
  dataset,
}: {
  url: string;
  settings: Settings;
  dataset: DatasetService;
}): Promise<PageSetup> {
  const { hash, prefilter } = await dataset.pageIndex();
  return { active: isActiveOn(settings, url), datasetHash: hash, prefilter, settings: contentSettingsOf(settings) };
}

/**
 * Tells every open tab (all its frames) its new setup, after the settings
 * or the installed dataset changed: pages apply it at once, without reload.
 * Tabs without Repère's content script (browser pages) just refuse.
 */
export async function broadcastPageSetup({ settings, dataset }: { settings: Settings; dataset: DatasetService }): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map(async (tab, order) => {
      if (tab.id === undefined || !tab.url) return;
      // One tab per turn of the event loop: each message carries the prefilter
      // (megabytes for a big release) and serialising them all in one task
      // would hold up the lookups waiting meanwhile.
      await new Promise((resolve) => setTimeout(resolve, order));
      const setup = await pageSetupFor({ url: tab.url, settings, dataset });
      await browser.tabs.sendMessage(tab.id, { type: 'page-setup-changed', setup }).catch(() => undefined);
    }),
  );
}
