import { test as base, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { launchWithExtension, type ExtensionSession } from '../../scripts/lib/launch-extension';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server';
import type { Release } from '../../utils/dataset/schema';
import type { PageTerm } from '../../utils/messaging/contract';
import {
  highlightedRangeCount as journeyHighlightedRangeCount,
  hoverText as journeyHoverText,
  pageTermsOf,
  resetSettings as journeyResetSettings,
  setSettings as journeySetSettings,
  tabIdOf as journeyTabIdOf,
} from '../journeys/journey-helpers';
import { hostilePagesRoute } from './hostile-pages';
import { PdfRoutes, pdfJourneyRoute } from './pdf-routes';
import { CHROME_BUILD_DIR, FIXTURES_DIR } from './paths';
import { playwrightJourneyPage } from './playwright-journey-page';
import { ReleaseServer } from './release-server';

export interface ExtensionFixtures {
  extension: ExtensionSession;
  server: StaticServer;
  /** An extension page kept open to call extension APIs (tabs, storage) from. */
  control: Page;
  /** The release the build bundled: expectations are computed from it, not hard-coded. */
  bundled: Release;
}

/**
 * The fixture server's `/release.json`, one for the whole worker: the server
 * is shared by every test file a worker runs, so a second release route
 * added by another file would never be reached.
 */
export const releases = new ReleaseServer();

/** The fixture server's generated PDFs (tests/e2e/pdf.spec.ts), shared the same way. */
export const pdfs = new PdfRoutes();

export const test = base.extend<object, ExtensionFixtures>({
  server: [
    async ({}, use) => {
      const server = await startStaticServer({ root: FIXTURES_DIR, routes: [hostilePagesRoute, releases.route, pdfs.route, pdfJourneyRoute] });
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

export function tabIdOf(control: Page, page: Page): Promise<number> {
  return journeyTabIdOf(playwrightJourneyPage(control), page.url());
}

/** The `page-terms` answer of the page's top frame, exactly as the popup gets it. */
export function pageTerms(control: Page, page: Page): Promise<PageTerm[]> {
  return pageTermsOf(playwrightJourneyPage(control), page.url());
}

export function countsOf(terms: PageTerm[]): Record<string, number> {
  return Object.fromEntries(terms.map((term) => [term.id, term.count]));
}

/** Number of ranges Repère registered with the CSS Custom Highlight API in the page. */
export function highlightedRangeCount(page: Page): Promise<number> {
  return journeyHighlightedRangeCount(playwrightJourneyPage(page));
}

/** Scrolls the n-th occurrence of `text` into view and rests the pointer on it, like a reader. */
export function hoverText(page: Page, text: string, occurrence = 0): Promise<{ x: number; y: number }> {
  return journeyHoverText(playwrightJourneyPage(page), text, occurrence);
}

export function resetSettings(control: Page): Promise<void> {
  return journeyResetSettings(playwrightJourneyPage(control));
}

export function setSettings(control: Page, change: Record<string, unknown>): Promise<void> {
  return journeySetSettings(playwrightJourneyPage(control), change);
}

/** The popup page, opened in a tab of its own and pointed at `page`'s tab. */
export async function openPopupFor(extension: ExtensionSession, control: Page, page: Page): Promise<Page> {
  const tabId = await tabIdOf(control, page);
  const popup = await extension.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${extension.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}
