/**
 * npm run demo — builds Repère, serves the five sample articles on
 * localhost and opens Chromium with the extension loaded on one of them.
 *
 * With a display (DISPLAY or WAYLAND_DISPLAY set, and no --headless flag) the
 * browser stays open for you to try: hover a marked term, click the toolbar
 * icon. Without one it runs headless and writes screenshots of the marked
 * article, an open card, the popup and the roadmap page into .demo/. `npm
 * test` runs it headless, so the README's first command stays true.
 */
import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { launchWithExtension, type ExtensionSession } from './lib/launch-extension';
import { startStaticServer } from './lib/static-server';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, '.demo');
const ARTICLE = '/articles/2022-06-28-dsih-trois-ans-feuille-de-route.html';
const headless = process.argv.includes('--headless') || !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

console.log('[demo] building the extension (wxt build)…');
execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });

const server = await startStaticServer({ root: path.join(ROOT, 'tests/fixtures'), port: Number(process.env.REPERE_DEMO_PORT ?? 0) });
console.log(`[demo] sample articles served at ${server.origin}/articles/`);
const session = await launchWithExtension({ headless });
console.log(`[demo] Chromium started ${headless ? 'headless' : 'with a window'}, Repère loaded (id ${session.extensionId})`);

async function pageTermsOf(control: Page, tabUrl: string) {
  return control.evaluate(async (url) => {
    const [tab] = await chrome.tabs.query({ url });
    return (await chrome.tabs.sendMessage(tab!.id!, { type: 'page-terms' }, { frameId: 0 })) as {
      terms: { id: string; count: number }[];
    };
  }, tabUrl);
}

async function hoverFirst(page: Page, text: string) {
  const point = await page.evaluate((text) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const index = node.textContent!.indexOf(text);
      if (index < 0) continue;
      node.parentElement!.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(node, index);
      range.setEnd(node, index + text.length);
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    return null;
  }, text);
  if (!point) throw new Error(`"${text}" is not on the page`);
  await page.mouse.move(point.x - 40, point.y + 20);
  await page.mouse.move(point.x, point.y, { steps: 4 });
  await page.locator('repere-card .card').waitFor({ state: 'visible' });
}

async function runHeadless(session: ExtensionSession) {
  await mkdir(OUT, { recursive: true });
  const control = await session.context.newPage();
  await control.goto(`chrome-extension://${session.extensionId}/options.html`);
  const page = await session.context.newPage();
  await page.goto(server.origin + ARTICLE);
  const { terms } = await pageTermsOf(control, page.url());
  console.log(`[demo] ${terms.length} programmes marked on "${await page.title()}":`);
  console.log(`       ${terms.map((term) => `${term.id} ×${term.count}`).join(', ')}`);

  const marked = path.join(OUT, 'article-marked.png');
  await page.screenshot({ path: marked });
  await hoverFirst(page, 'INS');
  const card = path.join(OUT, 'card-ins.png');
  await page.screenshot({ path: card });
  console.log(`[demo] card opened on INS: "${(await page.locator('repere-card .status').innerText()).slice(0, 90)}…"`);

  const tabId = await control.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]!.id, page.url());
  const popup = await session.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
  // The popup opens on now: this page's programmes, the next 12 months, the slips.
  await popup.locator('.on-this-page .chip').first().waitFor();
  const popupShot = path.join(OUT, 'popup-now.png');
  await popup.screenshot({ path: popupShot });
  const [chips, upcoming, slips] = await Promise.all(
    ['.on-this-page .chip', '.upcoming .milestone-line', '.slips .milestone-line'].map((selector) => popup.locator(selector).count()),
  );
  console.log(`[demo] popup: ${chips} programmes on this page, ${upcoming} steps in the next 12 months, ${slips} slips`);

  const roadmap = await session.context.newPage();
  await roadmap.setViewportSize({ width: 1280, height: 900 });
  await roadmap.goto(`chrome-extension://${session.extensionId}/roadmap.html`);
  await roadmap.waitForFunction(() => performance.getEntriesByName('repere:roadmap-drawn').length > 0);
  const roadmapShot = path.join(OUT, 'roadmap.png');
  await roadmap.screenshot({ path: roadmapShot });
  const [lanes, marks] = await Promise.all(['.chart-area .lane', '.chart-area .mark'].map((selector) => roadmap.locator(selector).count()));
  console.log(`[demo] roadmap page: ${lanes} programmes, ${marks} steps drawn`);
  console.log(`[demo] screenshots written to ${OUT}/:\n  ${[marked, card, popupShot, roadmapShot].map((file) => path.basename(file)).join('\n  ')}`);
}

try {
  if (headless) {
    await runHeadless(session);
  } else {
    const page = session.context.pages()[0] ?? (await session.context.newPage());
    await page.goto(server.origin + ARTICLE);
    console.log('[demo] hover a marked term, or click the Repère toolbar icon. Close the browser (or Ctrl+C) to stop.');
    await new Promise<void>((resolve) => session.context.on('close', () => resolve()));
  }
} finally {
  await session.close().catch(() => undefined);
  await server.close();
}
