import assert from 'node:assert/strict';
import type { PageTerm } from '../../utils/messaging/contract';
import { PDF_JOURNEY_PATH } from '../support/pdf-routes';
import type { Journey } from './journey-browser';
import { eventually } from './journey-helpers';

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
      const terms = await eventually(
        () =>
          browser.control.evaluate(async (tabId) => {
            const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
            const answer = (await api.runtime.sendMessage({ type: 'viewer-request', tabId, request: { type: 'page-terms' } })) as { terms: PageTerm[] } | undefined;
            return answer?.terms ?? [];
          }, tabId),
        (terms) => assert.equal(terms.length, 2, `terms so far: ${JSON.stringify(terms)}`),
        20_000,
      );
      assert.deepEqual(Object.fromEntries(terms.map((term) => [term.id, term.count])), { mssante: 1, 'mon-espace-sante': 1 });
      await page.close();
    },
  },
];
