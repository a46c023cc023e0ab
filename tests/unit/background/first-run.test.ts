import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { greetOnInstall } from '../../../entrypoints/background/first-run';
import { LAST_UPDATE_KEY, WELCOME_SHOWN_KEY } from '../../../utils/extension-update/install-records';

/** Tabs the code under test opened (the fake browser starts with one blank tab). */
async function openTabs(): Promise<string[]> {
  return (await fakeBrowser.tabs.query({})).map((tab) => tab.url ?? '').filter((url) => url !== '');
}

describe('greetOnInstall', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'Repère', version: '0.2.0' });
  });

  it('opens the welcome page on the first install and records that it did', async () => {
    await greetOnInstall({ reason: 'install' });
    expect(await openTabs()).toEqual([fakeBrowser.runtime.getURL('/welcome.html')]);
    const stored = await fakeBrowser.storage.local.get(WELCOME_SHOWN_KEY);
    expect(stored[WELCOME_SHOWN_KEY]).toMatchObject({ version: '0.2.0' });
  });

  it('does not open it again for an install event in a profile that has seen it', async () => {
    // Chromium reports an extension loaded with --load-extension as installed at every start.
    await greetOnInstall({ reason: 'install' });
    await greetOnInstall({ reason: 'install' });
    expect(await openTabs()).toHaveLength(1);
  });

  it('never opens it on an update, and leaves the popup a note of the versions', async () => {
    await greetOnInstall({ reason: 'update', previousVersion: '0.1.0' });
    expect(await openTabs()).toEqual([]);
    const stored = await fakeBrowser.storage.local.get(LAST_UPDATE_KEY);
    expect(stored[LAST_UPDATE_KEY]).toMatchObject({ previousVersion: '0.1.0', version: '0.2.0' });
  });

  it('does nothing when the browser itself is updated', async () => {
    await greetOnInstall({ reason: 'chrome_update' });
    expect(await openTabs()).toEqual([]);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});
