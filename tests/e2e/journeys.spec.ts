import type { JourneyBrowser } from '../journeys/journey-browser';
import { MAIN_JOURNEYS } from '../journeys/main-journeys';
import { releases, test, type ExtensionFixtures } from '../support/extension-test';
import { playwrightJourneyPage as journeyPage } from '../support/playwright-journey-page';

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
