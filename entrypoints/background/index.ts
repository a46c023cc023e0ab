import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import channelFile from '@/data/release-channel.json';
import { BUNDLED_DATASET_PATH } from '@/utils/dataset/bundled-dataset-path';
import { parseReleaseChannel } from '@/utils/dataset/release-channel';
import { openRepereDatabase } from '@/utils/adapters/storage/repere-database';
import { listenForRequests } from '@/utils/adapters/messaging/listen';
import { parseBackgroundRequest } from '@/utils/messaging/contract';
import { loadSettings, watchSettings } from '@/utils/adapters/settings/settings-store';
import { DatasetService } from './dataset-service';
import { greetOnInstall } from './first-run';
import { handleRequest } from './handle-request';
import { redirectPdfTabs } from './pdf-redirect';
import { broadcastPageSetup } from './page-setup';
import { stepTermInActiveTab } from './step-term-command';
import { ReleaseSync } from './sync/release-sync';
import { checkerChannelOpener } from './release-checker/checker-channels';
import { ReleaseChecker } from './release-checker/release-checker';

const SYNC_ALARM = 'repere-release-check';

export default defineBackground(() => {
  // Content scripts get their settings from the background (page-setup):
  // in Chromium they may not read or write storage at all.
  void browser.storage.local.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' }).catch(() => undefined);
  const db = openRepereDatabase();
  const checker = new ReleaseChecker({ openChannel: checkerChannelOpener() });
  const dataset: DatasetService = new DatasetService({
    extensionVersion: browser.runtime.getManifest().version,
    db,
    loadBundled: async () => {
      // Generated at build time (wxt.config.ts), so WXT's typed public paths do not list it.
      const getUrl = browser.runtime.getURL as (path: string) => string;
      const response = await fetch(getUrl(`/${BUNDLED_DATASET_PATH}`));
      return new Uint8Array(await response.arrayBuffer());
    },
    // Open tabs are told at once and rescan with the new data.
    onChanged: async (): Promise<void> => broadcastPageSetup({ settings: await loadSettings(), dataset }),
  });
  const sync = new ReleaseSync({
    db,
    dataset,
    checker,
    loadSettings,
    builtInKeys: parseReleaseChannel(channelFile).trustedKeys,
    scheduleNextCheck: async (at) => {
      await browser.alarms.clear(SYNC_ALARM);
      if (at) await browser.alarms.create(SYNC_ALARM, { when: Math.max(at.getTime(), Date.now() + 60_000) });
    },
  });

  // Registered at once: a PDF loading in a tab wakes the background.
  const pdfTabs = redirectPdfTabs();
  listenForRequests(parseBackgroundRequest, (request, sender) => handleRequest(request, sender, { db, dataset, sync, pdfTabs }));

  browser.runtime.onInstalled.addListener((details) => {
    // A first install says hello once (first-run.ts); an update says what is new.
    void greetOnInstall(details);
    // An install or update of the extension may bring a new bundled dataset.
    void dataset.ensureInstalled({ force: true }).then(() => sync.reschedule());
  });
  browser.runtime.onStartup.addListener(() => {
    void dataset
      .ensureInstalled()
      .then(() => sync.recoverInterruptedCheck())
      .then(() => sync.checkNow({ reason: 'startup' }));
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void sync.checkNow({ reason: 'schedule' });
  });
  // Back online after a failure: do not wait for the backoff to run out.
  globalThis.addEventListener?.('online', () => void sync.checkNow({ reason: 'online' }));
  watchSettings((settings) => {
    void sync.reschedule();
    void broadcastPageSetup({ settings, dataset });
  });
  // A worker restarted by the browser (not a browser start): recover state.
  void sync.recoverInterruptedCheck();

  // Pages with marks hold a port open only to learn when the extension goes
  // away (entrypoints/content-marker/page-session.ts): nothing to answer.
  browser.runtime.onConnect.addListener(() => {});

  browser.commands.onCommand.addListener((command) => {
    if (command === 'next-term' || command === 'previous-term') {
      void stepTermInActiveTab(command === 'next-term' ? 'next' : 'previous');
    }
  });
});
