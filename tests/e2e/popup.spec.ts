import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { ARTICLES } from '../support/paths';
import {
  countsOf,
  expect,
  highlightedRangeCount,
  openPopupFor,
  pageTerms,
  resetSettings,
  setSettings,
  test,
} from '../support/extension-test';

async function noHorizontalScroll(popup: Page) {
  const widths = await popup.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.client);
}

test.describe('the popup', () => {
  test.afterEach(async ({ control }) => resetSettings(control));

  test('lists the terms on this page with their counts; a click scrolls to the first and opens its card', async ({
    extension,
    server,
    control,
  }) => {
    const page = await extension.context.newPage();
    await page.goto(server.origin + ARTICLES.dsih2022);
    const counts = countsOf(await pageTerms(control, page));
    const popup = await openPopupFor(extension, control, page);
    const chips = popup.locator('.on-this-page .chip');
    await expect(chips).toHaveCount(Object.keys(counts).length);
    await expect(popup.locator('.on-this-page [data-term="ins"]')).toHaveText(`INS ${counts.ins}`);

    await page.evaluate(() => window.scrollTo(0, 0));
    await popup.locator('.on-this-page [data-term="si-dep"]').click();
    await expect(page.locator('repere-card .card .label')).toHaveText('SI-DEP');
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await popup.close();
    await page.close();
  });

  test('says plainly when Repère cannot read the page', async ({ extension, control }) => {
    const page = await extension.context.newPage();
    await page.goto(`chrome-extension://${extension.extensionId}/options.html`);
    const popup = await openPopupFor(extension, control, page);
    await expect(popup.locator('.on-this-page')).toContainText('Repère ne peut pas lire cette page');
    await popup.close();
    await page.close();
  });

  test('searches names and aliases as you type, without accents or case', async ({ extension, server, control }) => {
    const page = await extension.context.newPage();
    await page.goto(server.origin + ARTICLES.cns2020);
    const popup = await openPopupFor(extension, control, page);
    const search = popup.getByRole('searchbox');
    for (const [query, label] of [
      ['carte vitale', 'ApCV'],
      ['segur', 'Ségur numérique'],
      ['ordonnance', 'Ordonnance numérique'],
      ['MON ESPACE SANTE', 'Mon espace santé'],
    ] as const) {
      await search.fill(query);
      await expect(popup.locator('.results .chip').filter({ hasText: label }).first()).toBeVisible();
    }
    await search.fill('zzzz');
    await expect(popup.locator('.results')).toContainText('Aucun résultat');
    await expect(popup.locator('.timeline .milestone')).toHaveCount(0);
    await popup.close();
    await page.close();
  });

  test('filters the timeline by programme and by category, with a today marker and slipped plans', async ({
    extension,
    server,
    control,
    bundled,
  }) => {
    const page = await extension.context.newPage();
    await page.goto(server.origin + ARTICLES.cns2020);
    const popup = await openPopupFor(extension, control, page);
    // The whole roadmap starts in 1998: one click brings today into view, with focus for the keyboard.
    const today = popup.locator('.timeline .today');
    await expect(today).not.toBeInViewport();
    await popup.getByRole('button', { name: 'Aller à aujourd’hui' }).click();
    await expect(today).toBeInViewport();
    await expect(today).toBeFocused();
    await popup.getByLabel('Programme', { exact: true }).selectOption('e-prescription');
    const ePrescription = bundled.milestones.filter((milestone) => milestone.terms.includes('e-prescription'));
    await expect(popup.locator('.timeline .milestone')).toHaveCount(ePrescription.length);
    const slipped = ePrescription.filter((milestone) => milestone.promised && milestone.promised.date !== milestone.date);
    await expect(popup.locator('.timeline .promised')).toHaveCount(slipped.length);
    await expect(popup.locator('.timeline .today')).toHaveCount(1);
    // Every step shows a source.
    await expect(popup.locator('.timeline .milestone .source')).toHaveCount(ePrescription.length);

    await popup.getByLabel('Programme', { exact: true }).selectOption('');
    await popup.getByLabel('Catégorie', { exact: true }).selectOption('crisis-systems');
    const crisisTerms = new Set(bundled.terms.filter((term) => term.category === 'crisis-systems').map((term) => term.id));
    const crisis = bundled.milestones.filter((milestone) => milestone.terms.some((id) => crisisTerms.has(id)));
    await expect(popup.locator('.timeline .milestone')).toHaveCount(crisis.length);
    await popup.close();
    await page.close();
  });

  test('opens a programme’s page: status, figures, milestones, sources, related programmes', async ({
    extension,
    server,
    control,
    bundled,
  }) => {
    const page = await extension.context.newPage();
    await page.goto(server.origin + ARTICLES.cns2020);
    const popup = await openPopupFor(extension, control, page);
    await popup.getByRole('searchbox').fill('appli carte vitale');
    await popup.locator('.results .chip', { hasText: 'ApCV' }).click();
    const apcv = bundled.terms.find((term) => term.id === 'apcv')!;
    const view = popup.locator('.term-view');
    await expect(view.locator('h2')).toContainText('ApCV');
    await expect(view.locator('.status')).toContainText(apcv.status.summary.fr);
    await expect(view.locator('.figures li')).toHaveCount(apcv.figures.length);
    await expect(view.locator('.timeline .milestone')).toHaveCount(bundled.milestones.filter((m) => m.terms.includes('apcv')).length);
    await expect(view.locator('.sources li').first()).toBeVisible();
    const related = apcv.related[0]!;
    await view.locator('.chips .chip').first().click();
    await expect(view.locator('h2')).toContainText(bundled.terms.find((term) => term.id === related)!.label);
    await popup.getByRole('button', { name: /Retour/ }).click();
    await expect(popup.locator('.on-this-page')).toBeVisible();
    await popup.close();
    await page.close();
  });

  test('turns Repère off for this site and pauses it, applied to the open tab at once', async ({ extension, server, control }) => {
    const page = await extension.context.newPage();
    await page.goto(server.origin + ARTICLES.dsih2022);
    const total = (await pageTerms(control, page)).reduce((sum, term) => sum + term.count, 0);
    const popup = await openPopupFor(extension, control, page);
    await popup.getByRole('button', { name: 'Désactiver sur ce site' }).click();
    await expect.poll(() => highlightedRangeCount(page)).toBe(0);
    await expect(popup.locator('.on-this-page')).toContainText('désactivé sur ce site');
    await popup.getByRole('button', { name: 'Réactiver sur ce site' }).click();
    await expect.poll(() => highlightedRangeCount(page)).toBe(total);
    await popup.getByRole('button', { name: 'Mettre en pause' }).click();
    await expect.poll(() => highlightedRangeCount(page)).toBe(0);
    await popup.getByRole('button', { name: 'Reprendre' }).click();
    await expect.poll(() => highlightedRangeCount(page)).toBe(total);
    await popup.close();
    await page.close();
  });

  test('shows the installed dataset and the result of an update check', async ({ extension, server, control, bundled }) => {
    const page = await extension.context.newPage();
    await page.goto(server.origin + ARTICLES.cns2020);
    const popup = await openPopupFor(extension, control, page);
    await expect(popup.locator('.dataset-status')).toContainText(`Données ${bundled.version}`);
    await popup.getByRole('button', { name: 'Vérifier les mises à jour' }).click();
    await expect(popup.locator('.dataset-status')).toContainText('Aucune adresse de mise à jour');
    await expect(popup.locator('.dataset-status')).toContainText('Dernière vérification');
    await popup.close();
    await page.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`fits 400×600 without horizontal scrolling, works by keyboard, and passes axe (${colorScheme})`, async ({
      extension,
      server,
      control,
    }) => {
      const page = await extension.context.newPage();
      await page.goto(server.origin + ARTICLES.dsih2022);
      await pageTerms(control, page);
      const popup = await openPopupFor(extension, control, page);
      await popup.emulateMedia({ colorScheme });
      await expect(popup.locator('.timeline .milestone').first()).toBeVisible();
      await noHorizontalScroll(popup);
      const results = await new AxeBuilder({ page: popup }).analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`)).toEqual([]);

      // Keyboard: reach the search box and a term chip, open it with Enter.
      await popup.getByRole('searchbox').focus();
      await popup.keyboard.type('dmp');
      await popup.keyboard.press('Tab');
      await popup.keyboard.press('Tab');
      await popup.keyboard.press('Tab');
      await expect(popup.locator(':focus')).toHaveClass(/chip/);
      await popup.keyboard.press('Enter');
      await expect(popup.locator('.term-view')).toBeVisible();
      await popup.screenshot({ path: test.info().outputPath(`popup-${colorScheme}.png`) });
      await popup.close();
      await page.close();
    });
  }

  test('is complete in English', async ({ extension, server, control }) => {
    await setSettings(control, { language: 'en' });
    const page = await extension.context.newPage();
    await page.goto(server.origin + ARTICLES.dsih2022);
    const popup = await openPopupFor(extension, control, page);
    await expect(popup.getByRole('heading', { name: 'On this page' })).toBeVisible();
    await expect(popup.getByRole('heading', { name: 'Timeline' })).toBeVisible();
    await expect(popup.getByRole('button', { name: 'Turn off on this site' })).toBeVisible();
    await expect(popup.getByRole('button', { name: 'Check for updates' })).toBeVisible();
    await expect(popup.locator('html')).toHaveAttribute('lang', 'en');
    await popup.close();
    await page.close();
  });
});
