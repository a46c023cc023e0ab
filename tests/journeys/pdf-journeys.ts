import assert from 'node:assert/strict';
import type { PageTerm } from '../../utils/messaging/contract';
import { PDF_JOURNEY_PATH } from '../support/pdf-routes';
import type { Journey, JourneyPage } from './journey-browser';
import { eventually } from './journey-helpers';

/** The `page-terms` answer of Repère's viewer showing `viewerUrl`, asked as the popup asks it (none while no tab shows it). */
function viewerTermsAt(control: JourneyPage, viewerUrl: string): Promise<PageTerm[]> {
  return control.evaluate(async (target) => {
    const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
    const tabId = (await api.tabs.query({})).find((tab) => tab.url === target)?.id;
    if (tabId === undefined) return [];
    const answer = (await api.runtime.sendMessage({ type: 'viewer-request', tabId, request: { type: 'page-terms' } })) as { terms: PageTerm[] } | undefined;
    return answer?.terms ?? [];
  }, viewerUrl);
}

/**
 * A reader opening a PDF, in every browser: the tab lands in Repère's
 * viewer (the address has no .pdf suffix: its Content-Type decides) and the
 * programmes it names are counted as the popup asks for them.
 */
export const PDF_JOURNEYS: Journey[] = [
  {
    name: 'a PDF (no .pdf in its address) opens in Repère’s viewer, its programmes marked',
    async run({ browser }) {
      const page = await browser.newPage();
      const url = browser.origin + PDF_JOURNEY_PATH;
      // The navigation is taken over by the viewer: the driver may report it as aborted.
      await page.goto(url).catch(() => undefined);
      const base = await browser.control.evaluate(() => ((globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome).runtime.getURL('/'), null);
      const viewerUrl = `${base}pdf-viewer.html?file=${encodeURIComponent(url)}`;
      const tabId = await eventually(
        () =>
          browser.control.evaluate(async (target) => {
            const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
            return (await api.tabs.query({})).find((tab) => tab.url === target)?.id ?? null;
          }, viewerUrl),
        (id) => assert.notEqual(id, null, `no tab shows ${viewerUrl}`),
        20_000,
      );
      assert.ok(tabId !== null);
      const terms = await eventually(
        () => viewerTermsAt(browser.control, viewerUrl),
        (terms) => assert.equal(terms.length, 2, `terms so far: ${JSON.stringify(terms)}`),
        20_000,
      );
      assert.deepEqual(Object.fromEntries(terms.map((term) => [term.id, term.count])), { mssante: 1, 'mon-espace-sante': 1 });
      await page.close();
    },
  },
  {
    name: 'a local PDF: the viewer says why it cannot read it by its address, and marks the file dropped on it',
    async run({ browser }) {
      // A file: address Repère cannot read: Firefox lets no extension read one, and in Chromium this file does not exist.
      const missing = 'file:///tmp/repere-journey-no-such-file.pdf';
      const page = await browser.openExtensionPage(`pdf-viewer.html?file=${encodeURIComponent(missing)}`);
      const notice = await eventually(
        () => page.evaluate(() => ({ failure: document.querySelector('[role="alert"]')?.getAttribute('data-failure') ?? null, text: document.querySelector('[role="alert"]')?.textContent ?? '' }), null),
        (notice) => assert.equal(notice.failure, 'local-access'),
        20_000,
      );
      assert.match(notice.text, browser.name === 'Firefox' ? /Firefox ne laisse aucune extension/ : /n’a pas pu être lu sur cet ordinateur/);
      // What a reader's drop hands the page: a File in a DataTransfer (the bytes are the journey's PDF).
      await page.evaluate(async (url) => {
        const bytes = await (await fetch(url)).blob();
        const transfer = new DataTransfer();
        transfer.items.add(new File([bytes], 'note.pdf', { type: 'application/pdf' }));
        window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      }, browser.origin + PDF_JOURNEY_PATH);
      const viewerUrl = await page.evaluate(() => location.href, null);
      const terms = await eventually(
        () => viewerTermsAt(browser.control, viewerUrl),
        (terms) => assert.equal(terms.length, 2, `terms so far: ${JSON.stringify(terms)}`),
        20_000,
      );
      assert.deepEqual(Object.fromEntries(terms.map((term) => [term.id, term.count])), { mssante: 1, 'mon-espace-sante': 1 });
      assert.equal(await page.evaluate(() => document.title, null), 'note.pdf');
      await page.close();
    },
  },
];
