/**
 * npm run store:assets — the store listing's pictures, taken from the built
 * extension itself: it loads `.output/chrome-mv3` in headless Chromium,
 * opens the sample articles served from localhost and captures, in French
 * and in English, the card on an article, the popup over it, one
 * programme's timeline, the welcome page and the card in dark mode, at the
 * Chrome Web Store's size (1280×800) and at AMO's (1280×960, 4:3), plus the
 * Chrome Web Store's small promo tile (440×280). It then reads every file
 * back and fails if one has not exactly the size its store asks for.
 *
 * Output: .output/store-assets/{chrome-web-store,amo}/{fr,en}/*.png
 * Builds first (wxt build) unless given --no-build (`npm test` has just built).
 */
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { Language } from '../utils/dates/format-date';
import { hoverText, pageTermsOf, setSettings, tabIdOf } from '../tests/journeys/journey-helpers';
import { playwrightJourneyPage } from '../tests/support/playwright-journey-page';
import { CHROME_BUILD_DIR, launchWithExtension, type ExtensionSession } from './lib/launch-extension';
import { startStaticServer } from './lib/static-server';
import { checkImageSizes, isValid } from './store/check-image-sizes';
import { composePopupOverArticle, composePromoTile } from './store/compose';
import { IMAGE_SIZES, LISTING_LANGUAGES, type ImageSize } from './store/store-requirements';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, '.output/store-assets');
const ARTICLE = '/articles/2022-06-28-dsih-trois-ans-feuille-de-route.html';
const CARD_TERM = 'INS';
const TIMELINE_TERM_ID = 'ins';
const POPUP_SIZE = { width: 400, height: 600 };
const LOCALES: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' };
const STORES = [
  { dir: 'chrome-web-store', size: IMAGE_SIZES.chromeScreenshot },
  { dir: 'amo', size: IMAGE_SIZES.amoScreenshot },
] as const;

const written: { file: string; expected: ImageSize }[] = [];

/** Waits until the page shows no loading state and has painted twice (fonts loaded). */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        void document.fonts.ready.then(() => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
      }),
  );
}

/** The article with Repère's marks in place, at `size`; the card for CARD_TERM open when asked. */
async function openArticle(session: ExtensionSession, control: Page, origin: string, size: ImageSize, colorScheme: 'light' | 'dark'): Promise<Page> {
  const page = await session.context.newPage();
  await page.emulateMedia({ colorScheme });
  await page.setViewportSize(size);
  await page.goto(origin + ARTICLE);
  // The popup's own question: once it answers, the marks are in place.
  const terms = await pageTermsOf(playwrightJourneyPage(control), page.url());
  if (terms.length === 0) throw new Error(`Repère marked nothing on ${ARTICLE}: is the build current?`);
  return page;
}

async function openCard(page: Page): Promise<void> {
  await hoverText(playwrightJourneyPage(page), CARD_TERM);
  await page.locator('repere-card .card').waitFor({ state: 'visible' });
  await settle(page);
}

async function popupShot(session: ExtensionSession, tabId: number, hash = ''): Promise<Buffer> {
  const popup = await session.context.newPage();
  await popup.setViewportSize(POPUP_SIZE);
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}${hash}`);
  await popup.getByText(CARD_TERM, { exact: false }).first().waitFor();
  await settle(popup);
  const shot = await popup.screenshot();
  await popup.close();
  return shot;
}

async function save(page: Page, file: string, expected: ImageSize): Promise<void> {
  await page.screenshot({ path: file });
  written.push({ file, expected });
}

async function shootStore({
  session,
  control,
  origin,
  language,
  store,
}: {
  session: ExtensionSession;
  control: Page;
  origin: string;
  language: Language;
  store: (typeof STORES)[number];
}): Promise<void> {
  const dir = path.join(OUT, store.dir, language);
  await mkdir(dir, { recursive: true });
  const { size } = store;

  const article = await openArticle(session, control, origin, size, 'light');
  const bare = await article.screenshot();
  await openCard(article);
  await save(article, path.join(dir, '1-card.png'), size);

  const tabId = await tabIdOf(playwrightJourneyPage(control), article.url());
  const stage = await session.context.newPage();
  for (const [name, hash] of [
    ['2-popup.png', ''],
    ['3-timeline.png', `#term=${TIMELINE_TERM_ID}`],
  ] as const) {
    const file = path.join(dir, name);
    await composePopupOverArticle({ page: stage, article: bare, popup: await popupShot(session, tabId, hash), size, file });
    written.push({ file, expected: size });
  }
  await stage.close();
  await article.close();

  const welcome = await session.context.newPage();
  await welcome.setViewportSize(size);
  await welcome.goto(`chrome-extension://${session.extensionId}/welcome.html`);
  await settle(welcome);
  await save(welcome, path.join(dir, '4-welcome.png'), size);
  await welcome.close();

  const dark = await openArticle(session, control, origin, size, 'dark');
  await openCard(dark);
  await save(dark, path.join(dir, '5-card-dark.png'), size);
  await dark.close();
}

async function shootLanguage(language: Language, origin: string): Promise<void> {
  const session = await launchWithExtension({ locale: LOCALES[language] });
  try {
    const control = await session.context.newPage();
    await control.goto(`chrome-extension://${session.extensionId}/options.html`);
    await setSettings(playwrightJourneyPage(control), { language });
    for (const store of STORES) await shootStore({ session, control, origin, language, store });

    const tile = await session.context.newPage();
    const file = path.join(OUT, 'chrome-web-store', language, 'promo-small-tile.png');
    const icon = await readFile(path.join(CHROME_BUILD_DIR, 'icon/128.png'));
    await composePromoTile({ page: tile, icon, language, size: IMAGE_SIZES.chromeSmallPromoTile, file });
    written.push({ file, expected: IMAGE_SIZES.chromeSmallPromoTile });
  } finally {
    await session.close();
  }
}

if (!process.argv.includes('--no-build')) {
  console.log('[store:assets] building the extension (wxt build)…');
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
}
await rm(OUT, { recursive: true, force: true });
const server = await startStaticServer({ root: path.join(ROOT, 'tests/fixtures') });
try {
  for (const language of LISTING_LANGUAGES) {
    console.log(`[store:assets] ${language}: capturing from ${path.relative(ROOT, CHROME_BUILD_DIR)}…`);
    await shootLanguage(language, server.origin);
  }
} finally {
  await server.close();
}

const checks = await checkImageSizes(written);
for (const check of checks) {
  const size = (value: ImageSize | null) => (value ? `${value.width}×${value.height}` : 'unreadable');
  const verdict = isValid(check) ? '✔' : `✖ expected a ${size(check.expected)} PNG`;
  console.log(`  ${verdict}  ${size(check.actual).padEnd(10)} ${path.relative(ROOT, check.file)}`);
}
const bad = checks.filter((check) => !isValid(check));
if (bad.length > 0) {
  console.error(`[store:assets] ${bad.length} of ${checks.length} images do not have the size their store asks for`);
  process.exit(1);
}
console.log(`[store:assets] ${checks.length} images written to ${path.relative(ROOT, OUT)}/, each at its store's size`);
