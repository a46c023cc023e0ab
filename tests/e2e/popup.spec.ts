import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { todayIso } from '../../utils/dates/format-date';
import { promiseOutcome } from '../../utils/timeline/promise-outcome';
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

/** The years written in what the popup shows within its first 600 px. */
function yearsOnFirstScreen(popup: Page): Promise<number[]> {
  return popup.evaluate(() =>
    [...document.querySelectorAll('main *')]
      .filter((element) => element.children.length === 0 && element.getBoundingClientRect().top < innerHeight)
      .flatMap((element) => [...(element.textContent ?? '').matchAll(/\b(19|20)\d{2}\b/g)].map((match) => Number(match[0]))),
  );
}

test.describe('the popup', () => {
  test.afterEach(async ({ control }) => resetSettings(control));

  test('opens on now: this page’s programmes, the next 12 months, then the slips; nothing before 2020', async ({
    extension,
    server,
    control,
    bundled,
  }) => {
    const page = await extension.context.newPage();
    await page.goto(server.origin + ARTICLES.dsih2022);
    const counts = countsOf(await pageTerms(control, page));
    const popup = await openPopupFor(extension, control, page);
    await expect(popup.locator('.on-this-page .chip')).toHaveCount(Object.keys(counts).length);
    await expect(popup.locator('.on-this-page [data-term="ins"]')).toHaveText(`INS ${counts.ins}`);
    // The sections of the "now" tab (a one-time notice of a release installed by an earlier test may sit above them).
    const headings = await popup.locator('.view h2').allTextContents();
    expect(headings.slice(0, 3).map((text) => text.split(' ')[0])).toEqual(['Sur', 'À', 'Retards']);
    await expect(popup.locator('.on-this-page')).toBeInViewport();
    await expect(popup.locator('.upcoming')).toBeInViewport();
    const years = await yearsOnFirstScreen(popup);
    expect(years.length).toBeGreaterThan(0);
    expect(years.filter((year) => year < 2020)).toEqual([]);

    // Slips: largest delay first, each "promised → delivered", read by the shared rule.
    const today = todayIso();
    const shownIds = await popup.locator('.slips .milestone-line').evaluateAll((lines) => lines.map((line) => line.getAttribute('data-milestone')));
    const delays = shownIds.map((id) => {
      const outcome = promiseOutcome(bundled.milestones.find((milestone) => milestone.id === id)!, today);
      expect(outcome?.state, id!).toBe('late');
      return outcome!.state === 'late' ? outcome!.delayDays : 0;
    });
    expect(delays).toEqual([...delays].sort((a, b) => b - a));
    await expect(popup.locator('.slips .line-slip').first()).toContainText('→');

    // A click on a chip scrolls the page to the term and opens its card.
    await page.evaluate(() => window.scrollTo(0, 0));
    await popup.locator('.on-this-page [data-term="si-dep"]').click();
    await expect(page.locator('repere-card .card .label')).toHaveText('SI-DEP');
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await popup.close();
    await page.close();
  });

  test('sums "Sur cette page" over every frame of the tab, the page’s own programmes first', async ({ extension, server, control }) => {
    const page = await extension.context.newPage();
    await page.goto(`${server.origin}/pages/frames.html`);
    const top = await pageTerms(control, page);
    const popup = await openPopupFor(extension, control, page);
    const chips = popup.locator('.on-this-page .chip');
    // ApCV and Pro Santé Connect are only in the iframe; e-CPS and the DMP only in the srcdoc frame.
    for (const id of ['apcv', 'pro-sante-connect', 'e-cps', 'dmp']) await expect(popup.locator(`.on-this-page [data-term="${id}"]`)).toBeVisible();
    const shown = await chips.evaluateAll((elements) => elements.map((element) => element.getAttribute('data-term')));
    expect(shown.slice(0, top.length).sort()).toEqual(top.map((term) => term.id).sort());
    expect(shown.length).toBeGreaterThan(top.length);
    await popup.close();
    await page.close();
  });

  test('says plainly when Repère cannot read the page', async ({ extension, control }) => {
    // The extension may not read the address of its own pages' tabs: the new tab is the one that was not there before.
    const tabIds = () => control.evaluate(async () => (await chrome.tabs.query({})).map((tab) => tab.id!));
    const before = await tabIds();
    const page = await extension.context.newPage();
    await page.goto(`chrome-extension://${extension.extensionId}/options.html`);
    const tabId = (await tabIds()).find((id) => !before.includes(id))!;
    const popup = await extension.context.newPage();
    await popup.goto(`chrome-extension://${extension.extensionId}/popup.html?tab=${tabId}`);
    await expect(popup.locator('.on-this-page')).toContainText('Repère ne peut pas lire cette page');
    await popup.close();
    await page.close();
  });

  test('searches names, aliases, milestone titles and dates, forgiving a typo', async ({ extension, server, control, bundled }) => {
    const page = await extension.context.newPage();
    await page.goto(server.origin + ARTICLES.cns2020);
    const popup = await openPopupFor(extension, control, page);
    const search = popup.getByRole('searchbox');
    for (const [query, label] of [
      ['carte vitale', 'ApCV'],
      ['segur', 'Ségur numérique'],
      ['segru', 'Ségur numérique'],
      ['mssente', 'MSSanté'],
      ['ordonnance', 'Ordonnance numérique'],
      ['MON ESPACE SANTE', 'Mon espace santé'],
    ] as const) {
      await search.fill(query);
      await expect(popup.locator('.results .result-group > .chip').first(), query).toContainText(label);
    }
    await search.fill('2025');
    const of2025 = bundled.milestones.filter((milestone) => milestone.date.startsWith('2025'));
    await expect(popup.locator('.results .milestone-line')).toHaveCount(of2025.length);
    const dates = await popup.locator('.results .milestone-line time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime')));
    expect(dates.every((date) => date?.startsWith('2025'))).toBe(true);
    await search.fill('T1 2027');
    await expect(popup.locator('.results .milestone-line').first()).toBeVisible();
    await search.fill('zzzz');
    await expect(popup.locator('.results')).toContainText('Aucun résultat');
    await popup.close();
    await page.close();
  });

  test('keeps the full timeline one tab away, opened on today, filtered by programme and category', async ({
    extension,
    server,
    control,
    bundled,
  }) => {
    const page = await extension.context.newPage();
    await page.goto(server.origin + ARTICLES.cns2020);
    const popup = await openPopupFor(extension, control, page);
    await popup.getByRole('tab', { name: 'Chronologie' }).click();
    const today = popup.locator('.timeline .today');
    await expect(today).toBeInViewport();
    await expect(today.locator('xpath=ancestor::section[1]/h3')).toHaveText(todayIso().slice(0, 4));
    await popup.getByLabel('Programme', { exact: true }).selectOption('e-prescription');
    const ePrescription = bundled.milestones.filter((milestone) => milestone.terms.includes('e-prescription'));
    await expect(popup.locator('.timeline .milestone')).toHaveCount(ePrescription.length);
    await expect(popup.locator('.timeline .milestone .source')).toHaveCount(ePrescription.length);
    await popup.getByLabel('Programme', { exact: true }).selectOption('');
    await popup.getByLabel('Catégorie', { exact: true }).selectOption('crisis-systems');
    const crisisTerms = new Set(bundled.terms.filter((term) => term.category === 'crisis-systems').map((term) => term.id));
    const crisis = bundled.milestones.filter((milestone) => milestone.terms.some((id) => crisisTerms.has(id)));
    await expect(popup.locator('.timeline .milestone')).toHaveCount(crisis.length);
    await popup.close();
    await page.close();
  });

  test('opens a programme’s page: its lane, status, figures, milestones, sources, related programmes', async ({
    extension,
    server,
    control,
    bundled,
  }) => {
    const page = await extension.context.newPage();
    await page.goto(server.origin + ARTICLES.cns2020);
    const popup = await openPopupFor(extension, control, page);
    await popup.getByRole('searchbox').fill('appli carte vitale');
    await popup.locator('.results .result-group > .chip', { hasText: 'ApCV' }).click();
    const apcv = bundled.terms.find((term) => term.id === 'apcv')!;
    const apcvMilestones = bundled.milestones.filter((m) => m.terms.includes('apcv'));
    const view = popup.locator('.term-view');
    await expect(view.locator('h2')).toContainText('ApCV');
    await expect(view.locator('.status')).toContainText(apcv.status.summary.fr);
    await expect(view.locator('.figures li')).toHaveCount(apcv.figures.length);
    await expect(view.locator('.programme-lane .mark')).toHaveCount(apcvMilestones.length);
    await expect(view.locator('.timeline .milestone')).toHaveCount(apcvMilestones.length);
    await expect(view.locator('.sources li').first()).toBeVisible();
    const related = apcv.related[0]!;
    await view.locator('.chips .chip').first().click();
    await expect(view.locator('h2')).toContainText(bundled.terms.find((term) => term.id === related)!.label);
    // Back: to the search results it came from; an empty search, to the first screen.
    await popup.getByRole('button', { name: /Retour/ }).click();
    await expect(popup.locator('.results .result-group').first()).toBeVisible();
    await popup.getByRole('searchbox').fill('');
    await expect(popup.locator('.on-this-page')).toBeVisible();
    await popup.close();
    await page.close();
  });

  test('opens the full-page roadmap', async ({ extension, server, control }) => {
    const page = await extension.context.newPage();
    await page.goto(server.origin + ARTICLES.cns2020);
    const popup = await openPopupFor(extension, control, page);
    const opened = extension.context.waitForEvent('page');
    await popup.getByRole('button', { name: 'Feuille de route en grand' }).click();
    const roadmap = await opened;
    await expect(roadmap).toHaveURL(/\/roadmap\.html$/);
    await expect(roadmap.locator('.lane').first()).toBeVisible();
    await roadmap.close();
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
      await expect(popup.locator('.on-this-page .chip').first()).toBeVisible();
      await noHorizontalScroll(popup);
      const axe = async () => (await new AxeBuilder({ page: popup }).analyze()).violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
      expect(await axe()).toEqual([]);
      await popup.getByRole('tab', { name: 'Chronologie' }).click();
      await expect(popup.locator('.timeline .milestone').first()).toBeAttached();
      await noHorizontalScroll(popup);
      expect(await axe()).toEqual([]);
      await popup.getByRole('tab', { name: 'Chronologie' }).press('ArrowLeft');
      await expect(popup.getByRole('tab', { name: 'Maintenant' })).toBeFocused();

      // Keyboard: type in the search box, Tab to the first result, open it with Enter.
      await popup.getByRole('searchbox').focus();
      await popup.keyboard.type('dmp');
      // The search loads on the first keystroke: Tab once its results are there.
      await expect(popup.locator('.results .result-group').first()).toBeVisible();
      await popup.keyboard.press('Tab');
      await expect(popup.locator(':focus')).toHaveClass(/chip/);
      await popup.keyboard.press('Enter');
      await expect(popup.locator('.term-view')).toBeVisible();
      expect(await axe()).toEqual([]);
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
    await expect(popup.getByRole('heading', { name: /Coming up/ })).toBeVisible();
    await expect(popup.getByRole('heading', { name: /Slips/ })).toBeAttached();
    await expect(popup.getByRole('tab', { name: 'Timeline' })).toBeVisible();
    await expect(popup.getByRole('button', { name: 'Turn off on this site' })).toBeVisible();
    await expect(popup.getByRole('button', { name: 'Check for updates' })).toBeVisible();
    await expect(popup.locator('html')).toHaveAttribute('lang', 'en');
    await popup.close();
    await page.close();
  });
});
