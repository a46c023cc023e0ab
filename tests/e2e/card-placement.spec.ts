import type { Page } from '@playwright/test';
import { ARTICLES } from '../support/paths';
import { expect, hoverText, pageTerms, test } from '../support/extension-test';
import { expectWellPlaced } from './card-geometry';

/**
 * Where the card goes, measured in a real Chromium: beside its term and
 * never over any of the term's lines, inside the viewport, and no taller
 * than min(420 px, 45 % of the viewport) while compact. No timing here.
 */

const PLACEMENTS = '/pages/card-placements.html';
/** The fixture's terms: in a top heading, at the right edge, wrapping, mid-page, in a fixed element, at the bottom edge. */
const TERMS = ['Ségur numérique', 'MSSanté', 'Health Data Hub', 'Mon espace santé', 'ApCV', 'e-CPS'];

const host = (page: Page) => page.locator('repere-card');

async function openPlacements(page: Page, control: Page, server: { origin: string }, size: { width: number; height: number }) {
  await page.setViewportSize(size);
  await page.goto(server.origin + PLACEMENTS);
  await expect.poll(async () => (await pageTerms(control, page)).length).toBeGreaterThanOrEqual(TERMS.length);
}

async function checkEach(page: Page, terms: string[], what: string) {
  for (const term of terms) {
    await hoverText(page, term);
    await expect(host(page).locator('.card')).toBeVisible();
    await expectWellPlaced(page, `${what}, ${term}`);
    await page.keyboard.press('Escape');
    await expect(host(page)).toHaveCount(0);
  }
}

test.describe('where the card goes', () => {
  for (const size of [
    { width: 1200, height: 800 },
    { width: 420, height: 800 },
    { width: 320, height: 568 },
  ]) {
    test(`never covers its term, at the edges and in fixed elements, in a ${size.width} × ${size.height} window`, async ({
      extension,
      server,
      control,
    }) => {
      const page = await extension.context.newPage();
      await openPlacements(page, control, server, size);
      await checkEach(page, TERMS, `${size.width} × ${size.height}`);
      await page.close();
    });
  }

  test('expanded, it still never covers its term and fits the viewport, scrolling inside', async ({ extension, server, control }) => {
    const page = await extension.context.newPage();
    await openPlacements(page, control, server, { width: 1200, height: 800 });
    for (const term of ['Mon espace santé', 'e-CPS', 'Ségur numérique']) {
      await hoverText(page, term);
      await host(page).locator('button.more').click();
      await expect(host(page).locator('.card')).toHaveAttribute('data-state', 'expanded');
      await expectWellPlaced(page, `expanded, ${term}`);
      await page.keyboard.press('Escape');
      await expect(host(page)).toHaveCount(0);
    }
    await page.close();
  });

  for (const [name, css] of [
    ['a zoomed root (html { zoom: 1.5 })', 'html { zoom: 1.5 }'],
    ['a zoomed body (body { zoom: 0.8 })', 'body { zoom: 0.8 }'],
    ['a transformed body', 'body { transform: translate(30px, 10px) scale(0.9); transform-origin: 0 0 }'],
    ['a page that unsets everything (* { all: unset })', '* { all: unset !important } h1, p { display: block !important }'],
  ] as const) {
    test(`is placed right on ${name}`, async ({ extension, server, control }) => {
      const page = await extension.context.newPage();
      await openPlacements(page, control, server, { width: 1000, height: 700 });
      await page.addStyleTag({ content: css });
      await checkEach(page, ['Ségur numérique', 'MSSanté', 'e-CPS', 'Mon espace santé'], name);
      await page.close();
    });
  }

  test('is placed right on a right-to-left page, aligned on the term’s start', async ({ extension, server, control }) => {
    const page = await extension.context.newPage();
    await openPlacements(page, control, server, { width: 1000, height: 700 });
    await page.evaluate(() => (document.documentElement.dir = 'rtl'));
    await checkEach(page, ['Ségur numérique', 'MSSanté', 'e-CPS'], 'rtl');
    await hoverText(page, 'Ségur numérique');
    const geometry = await expectWellPlaced(page, 'rtl heading');
    // Right to left, the card's right edge lines up with the term's.
    const termRight = Math.max(...geometry.rects.map((rect) => rect.x + rect.width));
    expect(Math.abs(geometry.card.x + geometry.card.width - termRight)).toBeLessThan(2);
    // Its own text stays left to right: French and English.
    await expect(host(page).locator('.card')).toHaveAttribute('dir', 'ltr');
    await page.close();
  });

  test('is placed inside an iframe’s own viewport', async ({ extension, server }) => {
    const page = await extension.context.newPage();
    await page.setViewportSize({ width: 1000, height: 700 });
    await page.goto(`${server.origin}/pages/frames.html`);
    const frame = page.frame({ url: /frame-article\.html$/ })!;
    await expect.poll(() => frame.evaluate(() => CSS.highlights.size)).toBeGreaterThan(0);
    const point = await frame.evaluate(() => {
      const node = [...document.body.querySelectorAll('p')].map((p) => p.firstChild as Text).find((text) => text.data.includes('ApCV'))!;
      const range = document.createRange();
      range.setStart(node, node.data.indexOf('ApCV'));
      range.setEnd(node, node.data.indexOf('ApCV') + 4);
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    const offset = (await page.locator('#same-origin').boundingBox())!;
    await page.mouse.move(offset.x + 2, offset.y + point.y);
    await page.mouse.move(offset.x + point.x, offset.y + point.y, { steps: 4 });
    await expect(frame.locator('repere-card .card')).toBeVisible();
    await expectWellPlaced(frame, 'iframe, ApCV');
    await page.close();
  });

  test('is placed right over a fullscreen element', async ({ extension, server, control }) => {
    const page = await extension.context.newPage();
    await page.goto(server.origin + ARTICLES.dsih2022);
    await pageTerms(control, page);
    await page.evaluate(() => {
      const slide = document.createElement('div');
      slide.id = 'slide';
      slide.style.cssText = 'background:#fff;padding:40px;font-size:24px';
      slide.append(Object.assign(document.createElement('p'), { textContent: 'Diapositive : le déploiement de l’INS dans les hôpitaux.' }));
      document.body.prepend(slide);
      const button = Object.assign(document.createElement('button'), { id: 'go-fullscreen', textContent: 'Plein écran' });
      button.addEventListener('click', () => void slide.requestFullscreen());
      document.body.append(button);
    });
    await page.locator('#go-fullscreen').click();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement?.id ?? null)).toBe('slide');
    await hoverText(page, 'INS');
    await expect(host(page).locator('.label')).toHaveText('INS');
    await expectWellPlaced(page, 'fullscreen, INS');
    await page.close();
  });
});
