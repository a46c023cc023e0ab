import type { Page } from '@playwright/test';
import type { JourneyPage } from '../journeys/journey-browser';

/** A Playwright page seen through the interface the shared journeys and helpers use. */
export function playwrightJourneyPage(page: Page): JourneyPage {
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
