import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { formatPartialDate } from '../../utils/dates/format-date';
import { PHASE_LABELS } from '../../utils/i18n/phase-labels';
import { ARTICLES } from '../support/paths';
import { expect, hoverText, pageTerms, resetSettings, setSettings, tabIdOf, test } from '../support/extension-test';
import { expectWellPlaced } from './card-geometry';

const card = (page: Page) => page.locator('repere-card .card');

/** What the background does on the keyboard command: ask the tab's content script to step. */
async function stepTerm(control: Page, page: Page, direction: 'next' | 'previous') {
  const tabId = await tabIdOf(control, page);
  return control.evaluate(
    ({ tabId, direction }) => chrome.tabs.sendMessage(tabId, { type: 'step-term', direction }, { frameId: 0 }),
    { tabId, direction },
  );
}

test.describe('the hover card', () => {
  test.afterEach(async ({ control }) => resetSettings(control));

  test('opens after a short pause, stays while the pointer moves into it, closes on leave and on Esc', async ({
    extension,
    server,
    control,
  }) => {
    const page = await extension.context.newPage();
    await page.goto(server.origin + ARTICLES.dsih2022);
    await pageTerms(control, page);

    // Passing over a term without stopping opens nothing.
    const point = await hoverText(page, 'Mon espace Santé');
    await page.mouse.move(point.x + 400, point.y + 200);
    // A fixed wait on purpose: it checks that something does NOT happen (no card once the 120 ms
    // open delay is well past), and an absence has no event to await.
    await page.waitForTimeout(400);
    await expect(page.locator('repere-card')).toHaveCount(0);

    await hoverText(page, 'Mon espace Santé');
    await expect(card(page)).toBeVisible();
    await expect(card(page).locator('.label')).toHaveText('Mon espace santé');
    // Into the card: it stays open.
    const box = (await page.locator('repere-card').boundingBox())!;
    await page.mouse.move(box.x + 20, box.y + 20, { steps: 5 });
    // A fixed wait on purpose: the card must NOT close, checked well past the 300 ms close delay;
    // an absence has no event to await.
    await page.waitForTimeout(600);
    await expect(card(page)).toBeVisible();
    // Away from both: it closes.
    await page.mouse.move(5, 5, { steps: 3 });
    await expect(page.locator('repere-card')).toHaveCount(0);

    await hoverText(page, 'SI-DEP');
    await expect(card(page).locator('.label')).toHaveText('SI-DEP');
    await page.keyboard.press('Escape');
    await expect(page.locator('repere-card')).toHaveCount(0);
    await page.close();
  });

  test('opens compact and counts every event since the article; expanded, it lists them all', async ({ extension, server, control }) => {
    const page = await extension.context.newPage();
    await page.setViewportSize({ width: 1200, height: 800 });
    await page.goto(server.origin + ARTICLES.dsih2022);
    await pageTerms(control, page);
    await hoverText(page, 'Ségur numérique');
    await expect(card(page)).toHaveAttribute('data-state', 'compact');
    const line = await card(page).locator('.since-count').textContent();
    const count = Number(/: (\d+) événements$/.exec(line ?? '')?.[1] ?? (line?.endsWith('1 événement') ? 1 : 0));
    expect(count, line ?? '').toBeGreaterThan(1);
    await expectWellPlaced(page, 'compact Ségur numérique');
    await card(page).locator('button.more').click();
    await expect(card(page).locator('.since h3')).toHaveText(`Depuis cet article (28 juin 2022) · ${count}`);
    await expect(card(page).locator('.since li')).toHaveCount(count);
    await expectWellPlaced(page, 'expanded Ségur numérique');
    await page.close();
  });

  test('shows one card at a time', async ({ extension, server, control }) => {
    const page = await extension.context.newPage();
    await page.goto(server.origin + ARTICLES.dsih2022);
    await pageTerms(control, page);
    await hoverText(page, 'INS');
    await expect(card(page).locator('.label')).toHaveText('INS');
    await hoverText(page, 'e-CPS');
    await expect(card(page).locator('.label')).toHaveText('e-CPS');
    await expect(page.locator('repere-card')).toHaveCount(1);
    await page.close();
  });

  test('stays readable and in place on a page whose CSS attacks it', async ({ extension, server, control, bundled }) => {
    const page = await extension.context.newPage();
    await page.goto(`${server.origin}/pages/hostile-css.html`);
    expect((await pageTerms(control, page)).map((term) => term.id).sort()).toEqual(['ins', 'mon-espace-sante', 'segur-numerique']);
    await hoverText(page, 'INS');
    await expect(card(page)).toBeVisible();
    const ins = bundled.terms.find((term) => term.id === 'ins')!;
    await expect(card(page).locator('.badge')).toHaveText(PHASE_LABELS[ins.status.phase].fr);
    const style = await card(page).evaluate((element) => {
      const computed = getComputedStyle(element);
      return { fontSize: computed.fontSize, width: computed.width, opacity: computed.opacity, display: computed.display };
    });
    expect(style).toEqual({ fontSize: '13.5px', width: '360px', opacity: '1', display: 'block' });
    await expect(card(page)).toHaveAttribute('data-state', 'compact');
    // Nothing is drawn over it: the top of the stack at its centre is the card itself.
    const hostBox = (await page.locator('repere-card').boundingBox())!;
    const hit = await page.evaluate(
      ({ x, y }) => document.elementFromPoint(x, y)?.tagName.toLowerCase(),
      { x: hostBox.x + hostBox.width / 2, y: hostBox.y + 20 },
    );
    expect(hit).toBe('repere-card');
    // The page's `*::before { content: 'X' }` draws nothing in the host.
    expect(await page.locator('repere-card').evaluate((host) => getComputedStyle(host, '::before').content)).toBe('none');
    await expectWellPlaced(page, 'card');
    await page.screenshot({ path: test.info().outputPath('card-hostile-css.png') });
    await page.close();
  });

  test('never leaves the viewport: flips and shifts at the edges, follows a scrolled container, closes when it scrolls away', async ({
    extension,
    server,
    control,
  }) => {
    const page = await extension.context.newPage();
    await page.setViewportSize({ width: 800, height: 600 });
    await page.goto(`${server.origin}/pages/edges.html`);
    await pageTerms(control, page);

    await hoverText(page, 'Health Data Hub');
    await expect(card(page)).toBeVisible();
    await expectWellPlaced(page, 'card');
    await page.keyboard.press('Escape');

    await hoverText(page, 'e-CPS');
    await expect(card(page)).toBeVisible();
    await expectWellPlaced(page, 'card');
    await page.keyboard.press('Escape');

    // Tall enough for the card to sit below its term, so that it has room to follow it.
    await page.setViewportSize({ width: 800, height: 1000 });
    await page.locator('#in-scroller').evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await hoverText(page, 'ApCV');
    await expect(card(page).locator('.label')).toHaveText('ApCV');
    const before = (await page.locator('repere-card').boundingBox())!;
    await page.locator('#scroller').evaluate((element) => (element.scrollTop += 30));
    await expect.poll(async () => (await page.locator('repere-card').boundingBox())?.y).toBeCloseTo(before.y - 30, 0);
    // Scrolled out of sight: the card goes too.
    await page.locator('#scroller').evaluate((element) => (element.scrollTop = 0));
    await expect(page.locator('repere-card')).toHaveCount(0);
    await page.close();
  });

  test('stays above a fullscreen element and usable there: the pointer can move into it and close it', async ({ extension, server, control }) => {
    const page = await extension.context.newPage();
    await page.goto(server.origin + ARTICLES.dsih2022);
    await pageTerms(control, page);
    // A slide shown fullscreen by the page, from a click (fullscreen needs a user gesture).
    await page.evaluate(() => {
      const slide = document.createElement('div');
      slide.id = 'slide';
      slide.style.cssText = 'background:#fff;padding:40px;font-size:24px';
      slide.append(Object.assign(document.createElement('p'), { textContent: 'Diapositive : le déploiement de l’INS dans les hôpitaux.' }));
      document.body.prepend(slide);
      const button = document.createElement('button');
      button.id = 'go-fullscreen';
      button.textContent = 'Plein écran';
      button.addEventListener('click', () => void slide.requestFullscreen());
      document.body.append(button);
    });
    await page.locator('#go-fullscreen').click();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement?.id ?? null)).toBe('slide');

    await hoverText(page, 'INS');
    await expect(card(page).locator('.label')).toHaveText('INS');
    const close = (await card(page).locator('.close').boundingBox())!;
    // Into the card and onto its close button: it stays open on the way, then closes.
    await page.mouse.move(close.x - 60, close.y + 40, { steps: 5 });
    // A fixed wait on purpose: the card must NOT close on the way (past the 300 ms close delay);
    // an absence has no event to await.
    await page.waitForTimeout(400);
    await expect(card(page)).toBeVisible();
    await page.mouse.click(close.x + close.width / 2, close.y + close.height / 2);
    await expect(page.locator('repere-card')).toHaveCount(0);
    expect(await page.evaluate(() => document.fullscreenElement?.id ?? null)).toBe('slide');
    await page.close();
  });

  test('is reachable by keyboard: the step command opens it with focus, it expands and collapses by keyboard, Esc closes and returns focus', async ({
    extension,
    server,
    control,
  }) => {
    const page = await extension.context.newPage();
    await page.goto(server.origin + ARTICLES.dsih2022);
    const terms = await pageTerms(control, page);
    expect(terms.length).toBeGreaterThan(0);
    // The reader was on a control of the page when stepping began.
    await page.evaluate(() => {
      const button = Object.assign(document.createElement('button'), { id: 'reader-was-here', textContent: 'Partager' });
      document.body.prepend(button);
      button.focus();
    });

    const first = await stepTerm(control, page, 'next');
    await expect(card(page)).toBeVisible();
    await expect(card(page).locator('.label')).toHaveText(/.+/);
    expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('repere-card');
    expect(first).toMatchObject({ position: 1, total: terms.reduce((sum, term) => sum + term.count, 0) });
    const second = await stepTerm(control, page, 'next');
    expect(second).toMatchObject({ position: 2 });
    await expect(page.locator('repere-card')).toHaveCount(1);
    const back = await stepTerm(control, page, 'previous');
    expect(back).toEqual(first);

    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.querySelector('repere-card')?.shadowRoot?.activeElement?.tagName.toLowerCase());
    expect(['a', 'button']).toContain(focused);
    // Expand and collapse from the keyboard: focus stays on the button.
    await card(page).locator('button.more').focus();
    await page.keyboard.press('Enter');
    await expect(card(page)).toHaveAttribute('data-state', 'expanded');
    await expect(card(page).locator('button.more')).toHaveAttribute('aria-expanded', 'true');
    await expectWellPlaced(page, 'expanded by keyboard');
    await page.keyboard.press('Space');
    await expect(card(page)).toHaveAttribute('data-state', 'compact');
    await page.keyboard.press('Escape');
    await expect(page.locator('repere-card')).toHaveCount(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('reader-was-here');
    await page.close();
  });

  test('declares the keyboard commands in the manifest', async ({ control }) => {
    const commands = await control.evaluate(() => chrome.commands.getAll());
    expect(commands.map((command) => command.name)).toEqual(expect.arrayContaining(['next-term', 'previous-term']));
  });

  test('has no accessibility violation (axe), compact and expanded, light and dark, French and English, and is announced', async ({
    extension,
    server,
    control,
  }) => {
    for (const language of ['fr', 'en'] as const) {
      await setSettings(control, { language });
      for (const colorScheme of ['light', 'dark'] as const) {
        const page = await extension.context.newPage();
        await page.emulateMedia({ colorScheme });
        await page.goto(server.origin + ARTICLES.dsih2022);
        await pageTerms(control, page);
        await hoverText(page, 'INS');
        await expect(card(page)).toBeVisible();
        await expect(card(page)).toHaveAttribute('role', 'dialog');
        await expect(card(page)).toHaveAttribute('lang', language);
        await expect(page.locator('repere-card [role="status"]')).toContainText('INS');
        for (const state of ['compact', 'expanded'] as const) {
          if (state === 'expanded') await card(page).locator('button.more').click();
          await expect(card(page)).toHaveAttribute('data-state', state);
          const results = await new AxeBuilder({ page }).include('repere-card').analyze();
          expect(results.violations.map((violation) => `${language} ${colorScheme} ${state} ${violation.id}: ${violation.help}`)).toEqual([]);
        }
        const background = await card(page).evaluate((element) => getComputedStyle(element).backgroundColor);
        expect(background).toBe(colorScheme === 'dark' ? 'rgb(31, 35, 41)' : 'rgb(255, 255, 255)');
        const shot = test.info().outputPath(`card-${language}-${colorScheme}.png`);
        await page.locator('repere-card').screenshot({ path: shot });
        await test.info().attach(`card-${language}-${colorScheme}`, { path: shot, contentType: 'image/png' });
        await page.close();
      }
    }
  });

  test('speaks English when the options say so', async ({ extension, server, control, bundled }) => {
    await setSettings(control, { language: 'en' });
    const page = await extension.context.newPage();
    await page.goto(server.origin + ARTICLES.dsih2022);
    await pageTerms(control, page);
    await hoverText(page, 'INS');
    const ins = bundled.terms.find((term) => term.id === 'ins')!;
    await expect(card(page).locator('.badge')).toHaveText(PHASE_LABELS[ins.status.phase].en);
    await expect(card(page).locator('.status')).toContainText(`as of ${formatPartialDate(ins.status.asOf, 'en')}`);
    await expect(card(page).locator('.since-count')).toHaveText(/^Since this article \(28 June 2022\): (nothing dated|1 event|\d+ events)$/);
    await expect(card(page).locator('.review')).toContainText('checked');
    await page.close();
  });

  test('opens the term’s timeline from the card', async ({ extension, server, control }) => {
    const page = await extension.context.newPage();
    await page.goto(server.origin + ARTICLES.dsih2022);
    await pageTerms(control, page);
    await hoverText(page, 'INS');
    const [timeline] = await Promise.all([extension.context.waitForEvent('page'), card(page).locator('.timeline-link').click()]);
    // The full-page roadmap, on the programme's lane, with the article's date drawn.
    await expect(timeline).toHaveURL(/roadmap\.html\?term=ins&article=2022-06-28$/);
    await expect(timeline.locator('#term-view-title')).toContainText('INS');
    await expect(timeline.locator('.lane[data-term="ins"]')).toBeAttached();
    await expect(timeline.locator('.article-line')).toBeAttached();
    await timeline.close();
    await page.close();
  });
});
