/**
 * The main journeys (tests/journeys/main-journeys.ts) in Debian's Firefox
 * ESR, headless, driven by puppeteer-core over WebDriver BiDi with the built
 * Firefox extension installed. Run by `npm test` after the Chromium suite;
 * alone: `npx tsx tests/e2e-firefox/run.ts` after `npm run build:firefox`.
 *
 * The driver may not open moz-extension:// pages itself, so the journeys
 * use the pages the extension opens: its welcome tab on install (the control
 * page) and tabs it creates on request (the popup).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { FIREFOX_BUILD_DIR, launchFirefoxWithExtension } from '../../scripts/lib/launch-firefox';
import { startStaticServer } from '../../scripts/lib/static-server';
import type { Release } from '../../utils/dataset/schema';
import { WELCOME_PAGE } from '../../utils/messaging/extension-pages';
import type { JourneyBrowser, JourneyPage } from '../journeys/journey-browser';
import { MAIN_JOURNEYS } from '../journeys/main-journeys';
import { hostilePagesRoute } from '../support/hostile-pages';
import { pdfJourneyRoute } from '../support/pdf-routes';
import { FIXTURES_DIR } from '../support/paths';
import { ReleaseServer } from '../support/release-server';

const JOURNEY_TIMEOUT_MS = 120_000;

function journeyPage(page: Page): JourneyPage {
  return {
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    mouseMove: (x, y, steps) => page.mouse.move(x, y, steps ? { steps } : {}),
    press: (key) => page.keyboard.press(key as never),
    typeInto: async (selector, text) => {
      await page.focus(selector);
      await page.keyboard.type(text);
    },
    close: () => page.close(),
  };
}

/**
 * Waits for the extension to open `url` in a tab, and returns that tab. The
 * driver reports extension tabs as about:blank (they live in Firefox's
 * extension process), so each tab is asked where it is.
 */
async function pageOpenedAt(browser: Browser, url: string): Promise<Page> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    for (const page of await browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => null);
      if (href === url) return page;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the extension did not open ${url}`);
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: timed out after ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const releases = new ReleaseServer();
const server = await startStaticServer({ root: FIXTURES_DIR, routes: [hostilePagesRoute, releases.route, pdfJourneyRoute] });
const bundled = JSON.parse(readFileSync(path.join(FIREFOX_BUILD_DIR, 'dataset/bundled.json'), 'utf8')) as Release;
const session = await launchFirefoxWithExtension();
let failures = 0;
try {
  const control = journeyPage(await pageOpenedAt(session.browser, session.extensionBase + WELCOME_PAGE));
  const browser: JourneyBrowser = {
    name: 'Firefox',
    origin: server.origin,
    newPage: async () => journeyPage(await session.browser.newPage()),
    openExtensionPage: async (pathAndQuery) => {
      const url = session.extensionBase + pathAndQuery;
      await control.evaluate((url) => {
        const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
        return api.tabs.create({ url }).then(() => undefined);
      }, url);
      const page = await pageOpenedAt(session.browser, url);
      // Firefox ESR's WebDriver BiDi lacks the screen-orientation command puppeteer's
      // setViewport now sends: the popup journey then runs at the window's own size.
      await page.setViewport({ width: 400, height: 600 }).catch(() => undefined);
      return journeyPage(page);
    },
    control,
  };
  for (const journey of MAIN_JOURNEYS) {
    const started = Date.now();
    try {
      await withTimeout(journey.run({ browser, bundled, releases }), JOURNEY_TIMEOUT_MS, journey.name);
      console.log(`  ✓ [firefox] ${journey.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    } catch (error) {
      failures++;
      console.log(`  ✘ [firefox] ${journey.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      console.log(`    ${String((error as Error).stack ?? error).replaceAll('\n', '\n    ')}`);
    }
  }
} finally {
  await session.close();
  await server.close();
}
console.log(`\nFirefox: ${MAIN_JOURNEYS.length - failures} passed, ${failures} failed`);
process.exit(failures > 0 ? 1 : 0);
