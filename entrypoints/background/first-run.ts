import { browser } from 'wxt/browser';
import { LAST_UPDATE_KEY, WELCOME_SHOWN_KEY, type LastUpdate, type WelcomeShown } from '@/utils/extension-update/install-records';
import { WELCOME_PAGE } from '@/utils/messaging/extension-pages';

/**
 * runtime.onInstalled, for the reader: a first install opens the welcome
 * page, once per profile; an update never reopens it and only leaves a
 * note (LAST_UPDATE_KEY) for the popup. Browser updates change nothing.
 */
export async function greetOnInstall({ reason, previousVersion }: { reason: string; previousVersion?: string }): Promise<void> {
  const version = browser.runtime.getManifest().version;
  const at = new Date().toISOString();
  if (reason === 'install') {
    const stored = await browser.storage.local.get(WELCOME_SHOWN_KEY);
    if (stored[WELCOME_SHOWN_KEY]) return;
    const shown: WelcomeShown = { version, at };
    // Recorded before the tab opens: two events close together open one tab.
    await browser.storage.local.set({ [WELCOME_SHOWN_KEY]: shown });
    await browser.tabs.create({ url: browser.runtime.getURL(`/${WELCOME_PAGE}`) });
  } else if (reason === 'update') {
    const update: LastUpdate = { previousVersion: previousVersion ?? '', version, at };
    await browser.storage.local.set({ [LAST_UPDATE_KEY]: update });
  }
}
