import { launchWithExtension } from '../../scripts/lib/launch-extension';
import { startStaticServer } from '../../scripts/lib/static-server';
import { enableDeveloperMode } from '../support/chromium-extensions-page';
import { ARTICLES, FIXTURES_DIR } from '../support/paths';
import { expect, highlightedRangeCount, test } from '../support/extension-test';

/**
 * An extension reload or update leaves the old content scripts orphaned in
 * open tabs. Repère's take themselves down (WXT's ctx.onInvalidated): no
 * marks, card, listeners or errors left behind, and the page is marked
 * again by the new version once reloaded.
 */
test('an extension reload takes down every mark and listener in an open tab; reloading the page marks it again', async () => {
  const server = await startStaticServer({ root: FIXTURES_DIR });
  const session = await launchWithExtension();
  try {
    await enableDeveloperMode(session.context);
    const page = await session.context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(server.origin + ARTICLES.dsih2022);
    await expect.poll(() => highlightedRangeCount(page)).toBeGreaterThan(0);
    const marked = await highlightedRangeCount(page);

    // The old service worker reloads the extension, as an update does.
    const reloaded = session.context.waitForEvent('serviceworker', { timeout: 20_000 });
    await session.serviceWorker.evaluate(() => chrome.runtime.reload());
    await reloaded;

    // The orphaned scripts notice (their port to the background is cut) and clear the page.
    await expect.poll(() => page.evaluate(() => [...CSS.highlights.keys()].length), { timeout: 10_000 }).toBe(0);
    // Hovering and typing in the old page do nothing and raise nothing.
    await page.mouse.move(200, 300);
    await page.keyboard.press('Escape');
    await page.evaluate(() => document.body.append(Object.assign(document.createElement('p'), { textContent: 'Mon espace santé et l’INS.' })));
    // A fixed wait on purpose: the orphaned scripts must NOT react (the mutation batch delay is
    // 100 ms, the hover delay 120 ms); an absence has no event to await.
    await page.waitForTimeout(400);
    expect(await page.locator('repere-card').count()).toBe(0);
    expect(await page.evaluate(() => [...CSS.highlights.keys()].length)).toBe(0);

    await page.reload();
    await expect.poll(() => highlightedRangeCount(page), { timeout: 15_000 }).toBe(marked);
    expect(errors.filter((text) => /Repère|Extension context invalidated/i.test(text))).toEqual([]);
    await page.close();
  } finally {
    await session.close();
    await server.close();
  }
});
