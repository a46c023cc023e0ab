import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import type { Release } from '../../utils/dataset/schema';
import { expect, resetSettings, setSettings, test } from '../support/extension-test';
import type { ExtensionSession } from '../../scripts/lib/launch-extension';

async function openRoadmap(extension: ExtensionSession, query = ''): Promise<Page> {
  const page = await extension.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`chrome-extension://${extension.extensionId}/roadmap.html${query}`);
  await expect(page.locator('.chart-area > .roadmap-chart')).toHaveAttribute('aria-busy', 'false');
  return page;
}

/** Programmes that have at least one milestone: the lanes the roadmap must draw. */
function programmesWithMilestones(bundled: Release, keep: (termId: string) => boolean = () => true): Set<string> {
  return new Set(bundled.milestones.flatMap((milestone) => milestone.terms).filter(keep));
}

test.describe('the roadmap page', () => {
  test.afterEach(async ({ control }) => resetSettings(control));

  test('draws one lane per programme that has milestones, every milestone on each of its lanes, and a today line', async ({
    extension,
    bundled,
  }) => {
    const page = await openRoadmap(extension);
    const expected = programmesWithMilestones(bundled);
    const lanes = await page.locator('.chart-area .lane').evaluateAll((elements) => elements.map((element) => element.getAttribute('data-term')));
    expect(new Set(lanes)).toEqual(expected);
    expect(lanes).toHaveLength(expected.size);
    const marks = bundled.milestones.reduce((sum, milestone) => sum + milestone.terms.length, 0);
    await expect(page.locator('.chart-area .mark')).toHaveCount(marks);
    await expect(page.locator('.now-line')).toHaveCount(1);
    await expect(page.locator('.article-line')).toHaveCount(0);
    await page.close();
  });

  test('narrows by category and by programme, and zooms to quarters', async ({ extension, bundled }) => {
    const page = await openRoadmap(extension);
    await page.getByLabel('Catégorie', { exact: true }).selectOption('identity');
    const identity = new Set(bundled.terms.filter((term) => term.category === 'identity').map((term) => term.id));
    await expect(page.locator('.chart-area .lane')).toHaveCount(programmesWithMilestones(bundled, (id) => identity.has(id)).size);
    await expect(page).toHaveURL(/category=identity/);
    await page.getByLabel('Programme', { exact: true }).selectOption('ins');
    await expect(page.locator('.chart-area .lane')).toHaveCount(1);
    await expect(page.locator('.chart-area .mark')).toHaveCount(bundled.milestones.filter((milestone) => milestone.terms.includes('ins')).length);
    const yearWidth = Number(await page.locator('svg.chart').getAttribute('width'));
    await page.getByLabel('Trimestres').check();
    await expect(page.locator('.tick text', { hasText: 'T2' }).first()).toBeAttached();
    expect(Number(await page.locator('svg.chart').getAttribute('width'))).toBeGreaterThan(yearWidth);
    await page.close();
  });

  test('exports the view as a valid SVG and as a PNG', async ({ extension }) => {
    const page = await openRoadmap(extension, '?category=identity');
    const lanes = await page.locator('.chart-area .lane').count();
    const svgDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Exporter en SVG' }).click();
    const svgFile = await (await svgDownload).path();
    const text = await readFile(svgFile, 'utf8');
    const parsed = await page.evaluate((text) => {
      const document = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: document.querySelector('parsererror')?.textContent ?? null,
        root: document.documentElement.localName,
        lanes: document.querySelectorAll('[data-term]').length,
        marks: document.querySelectorAll('[data-milestone]').length,
        styled: document.querySelector('[data-milestone] circle')?.getAttribute('style') ?? '',
      };
    }, text);
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('svg');
    expect(parsed.lanes).toBe(lanes);
    expect(parsed.marks).toBe(await page.locator('.chart-area .mark').count());
    // Standalone: the colours are written into the file.
    expect(parsed.styled).toMatch(/fill:rgb/);

    const pngDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Exporter en PNG' }).click();
    const png = await readFile(await (await pngDownload).path());
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    await page.close();
  });

  test('opened from a card: the programme’s lane marked and its page beside, the article’s date drawn', async ({ extension, control }) => {
    const opened = extension.context.waitForEvent('page');
    await control.evaluate(() => chrome.runtime.sendMessage({ type: 'open-term-page', id: 'ins', articleDate: '2022-06-28' }));
    const page = await opened;
    await expect(page).toHaveURL(/\/roadmap\.html\?term=ins&article=2022-06-28$/);
    await expect(page.locator('.lane.highlighted')).toHaveAttribute('data-term', 'ins');
    await expect(page.locator('.article-line text')).toHaveText('Article du 28 juin 2022');
    await expect(page.locator('.roadmap-panel .term-view h2')).toContainText('INS');
    // A click on another lane opens that programme.
    await page.locator('.lane[data-term="dmp"] .lane-label').click();
    await expect(page.locator('.roadmap-panel .term-view h2')).toContainText('DMP');
    await page.close();
  });

  test('every mark is reached by keyboard in date order; focus shows its title, date and source; Enter pins it', async ({ extension }) => {
    const page = await openRoadmap(extension, '?programme=segur-numerique');
    await page.locator('.lane-label').focus();
    const seen: string[] = [];
    const marks = await page.locator('.chart-area .mark').count();
    for (let i = 0; i < marks; i++) {
      await page.keyboard.press('Tab');
      seen.push((await page.evaluate(() => document.activeElement?.getAttribute('data-milestone'))) ?? '');
    }
    expect(seen).toEqual(await page.locator('.chart-area .mark').evaluateAll((elements) => elements.map((element) => element.getAttribute('data-milestone'))));
    await expect(page.locator('.chart-tooltip')).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.locator('.mark-detail')).toBeVisible();
    await expect(page.locator('.mark-detail a.source, .mark-detail span.source').first()).toBeVisible();
    await page.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`passes axe (${colorScheme})`, async ({ extension }) => {
      const page = await openRoadmap(extension, '?term=segur-numerique&article=2022-06-28');
      await page.emulateMedia({ colorScheme });
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`)).toEqual([]);
      await page.screenshot({ path: test.info().outputPath(`roadmap-${colorScheme}.png`) });
      await page.close();
    });
  }

  test('is complete in English', async ({ extension, control }) => {
    await setSettings(control, { language: 'en' });
    const page = await openRoadmap(extension);
    await expect(page.getByRole('heading', { name: 'French digital-health roadmap' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Export as SVG' })).toBeVisible();
    await expect(page.locator('.now-line text')).toHaveText('Today');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.close();
  });
});
