import { test as base, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { launchWithExtension, type ExtensionSession } from '../../scripts/lib/launch-extension';
import { startStaticServer, type Route, type StaticServer } from '../../scripts/lib/static-server';
import type { Release } from '../../utils/dataset/schema';
import type { PageTerm } from '../../utils/messaging/messages';
import { hostilePagesRoute } from './hostile-pages';
import { CHROME_BUILD_DIR, FIXTURES_DIR } from './paths';

export interface ExtensionFixtures {
  extension: ExtensionSession;
  server: StaticServer;
  /** An extension page kept open to call extension APIs (tabs, storage) from. */
  control: Page;
  /** The release the build bundled: expectations are computed from it, not hard-coded. */
  bundled: Release;
}

/** Routes a test file adds to the fixture server (fault injection for sync tests); generated hostile pages are always there. */
export const serverRoutes: Route[] = [hostilePagesRoute];

export const test = base.extend<object, ExtensionFixtures>({
  server: [
    async ({}, use) => {
      const server = await startStaticServer({ root: FIXTURES_DIR, routes: serverRoutes });
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  extension: [
    async ({}, use) => {
      const session = await launchWithExtension({ extensionDir: CHROME_BUILD_DIR });
      await use(session);
      await session.close();
    },
    { scope: 'worker' },
  ],
  control: [
    async ({ extension }, use) => {
      const page = await extension.context.newPage();
      await page.goto(`chrome-extension://${extension.extensionId}/options.html`);
      await use(page);
      await page.close();
    },
    { scope: 'worker' },
  ],
  bundled: [
    async ({}, use) => {
      await use(JSON.parse(readFileSync(path.join(CHROME_BUILD_DIR, 'dataset/bundled.json'), 'utf8')) as Release);
    },
    { scope: 'worker' },
  ],
});

export { expect };

export async function tabIdOf(control: Page, page: Page): Promise<number> {
  const url = page.url();
  const id = await control.evaluate(async (target) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((tab) => tab.url === target)?.id;
  }, url);
  if (id === undefined) throw new Error(`no tab for ${url}`);
  return id;
}

/** The `page-terms` answer of the page's top frame, exactly as the popup gets it. */
export async function pageTerms(control: Page, page: Page): Promise<PageTerm[]> {
  const tabId = await tabIdOf(control, page);
  const answer = await control.evaluate(
    (id) => chrome.tabs.sendMessage(id, { type: 'page-terms' }, { frameId: 0 }) as Promise<{ terms: PageTerm[] }>,
    tabId,
  );
  return answer.terms;
}

export function countsOf(terms: PageTerm[]): Record<string, number> {
  return Object.fromEntries(terms.map((term) => [term.id, term.count]));
}

/** Number of ranges Repère registered with the CSS Custom Highlight API in the page. */
export async function highlightedRangeCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    let total = 0;
    for (const [name, highlight] of CSS.highlights) if (name !== 'repere-active') total += highlight.size;
    return total;
  });
}

/**
 * Scrolls the n-th occurrence of `text` into view and moves the pointer onto
 * its middle, like a reader; returns the point.
 */
export async function hoverText(page: Page, text: string, occurrence = 0): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    ({ text, occurrence }) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        let index = node.textContent!.indexOf(text);
        while (index >= 0) {
          if (seen++ === occurrence) {
            node.parentElement!.scrollIntoView({ block: 'center' });
            const range = document.createRange();
            range.setStart(node, index);
            range.setEnd(node, index + text.length);
            const rect = range.getClientRects()[0]!;
            return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
          }
          index = node.textContent!.indexOf(text, index + 1);
        }
      }
      return null;
    },
    { text, occurrence },
  );
  if (!point) throw new Error(`"${text}" not found on the page`);
  // From the left margin of the same line: a start point lower down could sit
  // under a card already open, which rightly keeps that card.
  await page.mouse.move(2, point.y);
  await page.mouse.move(point.x, point.y, { steps: 4 });
  return point;
}

export async function resetSettings(control: Page): Promise<void> {
  await control.evaluate(() => chrome.storage.local.remove('settings'));
}

export async function setSettings(control: Page, change: Record<string, unknown>): Promise<void> {
  await control.evaluate(async (change) => {
    const { settings = {} } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings as object), ...change } });
  }, change);
}

/** The popup page, opened in a tab of its own and pointed at `page`'s tab. */
export async function openPopupFor(extension: ExtensionSession, control: Page, page: Page): Promise<Page> {
  const tabId = await tabIdOf(control, page);
  const popup = await extension.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${extension.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}
