import type { Page } from '@playwright/test';
import { ARTICLES } from '../support/paths';
import { countsOf, expect, highlightedRangeCount, pageTerms, resetSettings, setSettings, test } from '../support/extension-test';

async function waitForHighlights(page: Page, expected: number): Promise<void> {
  await expect.poll(() => highlightedRangeCount(page), { timeout: 10_000 }).toBe(expected);
}

test.describe('marking less, by choice', () => {
  test.afterEach(async ({ control }) => resetSettings(control));

  test('first mention only: one mark per programme in an open tab at once, every occurrence still counted', async ({ extension, server, control }) => {
    const page = await extension.context.newPage();
    await page.goto(server.origin + ARTICLES.dsih2022);
    const counts = countsOf(await pageTerms(control, page));
    const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
    expect(total).toBeGreaterThan(Object.keys(counts).length);
    await waitForHighlights(page, total);

    await setSettings(control, { firstMentionOnly: true });
    await waitForHighlights(page, Object.keys(counts).length);
    expect(countsOf(await pageTerms(control, page))).toEqual(counts);

    await setSettings(control, { firstMentionOnly: false });
    await waitForHighlights(page, total);
    await page.close();
  });

  test('institutions muted: ANS, CNS and the others go from the page and its counts, the programmes stay', async ({ extension, server, control, bundled }) => {
    const page = await extension.context.newPage();
    await page.goto(server.origin + ARTICLES.dsih2022);
    const counts = countsOf(await pageTerms(control, page));
    const institutions = new Set(bundled.terms.filter((term) => term.category === 'institutions').map((term) => term.id));
    const kept = Object.fromEntries(Object.entries(counts).filter(([id]) => !institutions.has(id)));
    expect(Object.keys(kept).length).toBeLessThan(Object.keys(counts).length);

    await setSettings(control, { mutedCategories: ['institutions'] });
    await waitForHighlights(page, Object.values(kept).reduce((sum, count) => sum + count, 0));
    expect(countsOf(await pageTerms(control, page))).toEqual(kept);
    await page.close();
  });
});
