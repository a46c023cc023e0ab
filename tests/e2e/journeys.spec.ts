import type { Page } from '@playwright/test';
import type { JourneyBrowser, JourneyPage } from '../journeys/journey-browser';
import { MAIN_JOURNEYS } from '../journeys/main-journeys';
import { ReleaseServer } from '../support/release-server';
import { serverRoutes, test, type ExtensionFixtures } from '../support/extension-test';

const releases = new ReleaseServer();
serverRoutes.push(releases.route);

/** A Playwright page seen through the interface the shared journeys use. */
function journeyPage(page: Page): JourneyPage {
  return {
    goto: async (url) => {
      await page.goto(url);
    },
    // Playwright types `arg` as its serialisable form; the journeys pass plain JSON.
    evaluate: (fn, arg) => page.evaluate(fn as never, arg),
    mouseMove: (x, y, steps) => page.mouse.move(x, y, steps ? { steps } : {}),
    press: (key) => page.keyboard.press(key),
    typeInto: async (selector, text) => {
      await page.locator(selector).pressSequentially(text);
    },
    close: () => page.close(),
  };
}

function journeyBrowser({ extension, server, control }: Omit<ExtensionFixtures, 'bundled'>): JourneyBrowser {
  return {
    name: 'Chromium',
    origin: server.origin,
    newPage: async () => journeyPage(await extension.context.newPage()),
    openExtensionPage: async (pathAndQuery) => {
      const page = await extension.context.newPage();
      await page.setViewportSize({ width: 400, height: 600 });
      await page.goto(`chrome-extension://${extension.extensionId}/${pathAndQuery}`);
      return journeyPage(page);
    },
    control: journeyPage(control),
  };
}

test.describe('main journeys (shared with Firefox)', () => {
  for (const journey of MAIN_JOURNEYS) {
    test(journey.name, async ({ extension, server, control, bundled }) => {
      await journey.run({ browser: journeyBrowser({ extension, server, control }), bundled, releases });
    });
  }
});
