import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import type { Browser } from 'wxt/browser';
import { handleRequest, type BackgroundServices } from '../../../entrypoints/background/handle-request';
import { RepereDatabase } from '../../../utils/adapters/storage/repere-database';
import { PRIVILEGED_REQUESTS, type BackgroundRequest } from '../../../utils/messaging/contract';
import { SETTINGS_KEY } from '../../../utils/settings/settings';

/** One of each privileged request, as an extension page would send it. */
const PRIVILEGED: Record<(typeof PRIVILEGED_REQUESTS)[number], BackgroundRequest> = {
  'check-updates': { type: 'check-updates' },
  rollback: { type: 'rollback' },
  'reset-to-bundled': { type: 'reset-to-bundled' },
  'import-release': { type: 'import-release', text: '{}' },
  'update-settings': { type: 'update-settings', change: { markStyle: 'none' } },
  'mark-changes-seen': { type: 'mark-changes-seen', seq: 1 },
  'pdf-bypass': { type: 'pdf-bypass', tabId: 1, url: 'https://example.org/a.pdf' },
  'pdf-in-tab': { type: 'pdf-in-tab', tabId: 1 },
};

let databases = 0;
let calls: string[];
let services: BackgroundServices;

beforeEach(() => {
  fakeBrowser.reset();
  calls = [];
  const record = (name: string) => async () => void calls.push(name);
  // The services record what they were asked: the question here is who may ask, not what they do.
  services = {
    db: new RepereDatabase(`handle-request-${++databases}`),
    dataset: { rollback: record('rollback'), resetToBundled: record('reset-to-bundled') } as unknown as BackgroundServices['dataset'],
    sync: {
      checkNow: record('check-updates'),
      importFromFile: record('import-release'),
      userChange: async (change: () => Promise<unknown>) => void (await change()),
    } as unknown as BackgroundServices['sync'],
    pdfTabs: {
      allowBrowserViewerOnce: async () => void calls.push('pdf-bypass'),
      shownIn: () => (calls.push('pdf-in-tab'), null),
    } as unknown as BackgroundServices['pdfTabs'],
  };
});

const extensionPage = (): Browser.runtime.MessageSender => ({ id: browser.runtime.id, url: browser.runtime.getURL('/options.html') });
const senders: [string, () => Browser.runtime.MessageSender][] = [
  ['a content script in a web page', () => ({ id: browser.runtime.id, url: 'https://example.org/article', tab: { id: 3 } as Browser.tabs.Tab, frameId: 0 })],
  ['a content script in a frame', () => ({ id: browser.runtime.id, url: 'https://ads.example/frame', tab: { id: 3 } as Browser.tabs.Tab, frameId: 7 })],
  ['another extension', () => ({ id: 'another-extension', url: 'chrome-extension://another-extension/page.html' })],
  ['a sender without a URL', () => ({ id: browser.runtime.id })],
];

describe('privileged requests', () => {
  for (const type of PRIVILEGED_REQUESTS) {
    it.each(senders)(`refuses "${type}" from %s, and does nothing`, async (_name, sender) => {
      const settingsBefore = await browser.storage.local.get(SETTINGS_KEY);
      const answer = await handleRequest(PRIVILEGED[type], sender(), services);
      expect(answer).toEqual({ ok: false, error: expect.stringContaining('only from Repère') });
      expect(calls).toEqual([]);
      expect(await browser.storage.local.get(SETTINGS_KEY)).toEqual(settingsBefore);
      expect(await services.db.history.count()).toBe(0);
    });
  }

  it.each(PRIVILEGED_REQUESTS.filter((type) => type !== 'update-settings' && type !== 'mark-changes-seen'))(
    'accepts "%s" from the extension’s own pages',
    async (type) => {
      const answer = await handleRequest(PRIVILEGED[type], extensionPage(), services);
      expect(answer.ok).toBe(true);
      expect(calls).toEqual([type]);
    },
  );

  it('accepts a settings change from the extension’s own pages, and writes it', async () => {
    const answer = await handleRequest(PRIVILEGED['update-settings'], extensionPage(), services);
    expect(answer.ok && (answer.value as { markStyle: string }).markStyle).toBe('none');
    expect(((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] as { markStyle: string }).markStyle).toBe('none');
  });

  it('accepts "mark-changes-seen" from the extension’s own pages, and marks the install', async () => {
    await services.db.history.add({ version: '1', publishedAt: '', installedAt: '', origin: 'remote', seen: false });
    const answer = await handleRequest(PRIVILEGED['mark-changes-seen'], extensionPage(), services);
    expect(answer.ok).toBe(true);
    expect((await services.db.history.get(1))?.seen).toBe(true);
  });

  it('sends back a refused release’s code and detail, for the page to word', async () => {
    const { ReleaseError } = await import('../../../utils/dataset/release-error');
    services.sync.checkNow = async () => {
      throw new ReleaseError('http-status', 'HTTP 503');
    };
    expect(await handleRequest({ type: 'check-updates' }, extensionPage(), services)).toMatchObject({ ok: false, code: 'http-status', detail: 'HTTP 503' });
  });
});
