import AxeBuilder from '@axe-core/playwright';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { launchWithExtension, type ExtensionSession } from '../../scripts/lib/launch-extension';
import { formatPartialDate } from '../../utils/dates/format-date';
import { LAST_UPDATE_KEY, WELCOME_SHOWN_KEY } from '../../utils/extension-update/install-records';
import { WELCOME_PAGE } from '../../utils/messaging/extension-pages';
import { enableDeveloperMode, setCommandKey } from '../support/chromium-extensions-page';
import { ARTICLES, CHROME_BUILD_DIR } from '../support/paths';
import { expect, hoverText, openPopupFor, resetSettings, setSettings, test } from '../support/extension-test';

function welcomeUrl(extension: ExtensionSession): string {
  return `chrome-extension://${extension.extensionId}/${WELCOME_PAGE}`;
}

async function openWelcome(extension: ExtensionSession): Promise<Page> {
  const page = await extension.context.newPage();
  await page.goto(welcomeUrl(extension));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  return page;
}

/** Tabs showing the welcome page, as the browser lists them. */
function welcomeTabs(control: Page, url: string): Promise<number> {
  return control.evaluate((url) => chrome.tabs.query({ url }).then((tabs) => tabs.length), url);
}

/** An extension page once the extension (re)loaded: a reloading extension refuses its pages for a moment. */
async function openWhenLoaded(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await expect(async () => {
    await page.goto(url);
  }).toPass({ timeout: 20_000 });
  return page;
}

test.describe('the welcome page', () => {
  test('opens once on install, in English for a German browser, and not again on an update or a restart', async () => {
    // A copy of the build, so its version can be raised as an update would.
    const extensionDir = await mkdtemp(path.join(os.tmpdir(), 'repere-welcome-build-'));
    const profile = await mkdtemp(path.join(os.tmpdir(), 'repere-welcome-profile-'));
    await cp(CHROME_BUILD_DIR, extensionDir, { recursive: true });
    let session = await launchWithExtension({ extensionDir, userDataDir: profile, keepWelcomeTab: true, locale: 'de-DE' });
    try {
      const url = welcomeUrl(session);
      await expect.poll(() => session.context.pages().filter((page) => page.url() === url).length).toBe(1);
      const welcome = session.context.pages().find((page) => page.url() === url)!;
      await expect(welcome.getByRole('heading', { level: 1 })).toHaveText('Welcome to Repère');
      await welcome.close();

      // An update: a newer version of the same unpacked build, reloaded (Chromium reports it as "update").
      const manifestPath = path.join(extensionDir, 'manifest.json');
      const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as { version: string };
      const previousVersion = manifest.version;
      const [major, minor, patch] = previousVersion.split('.').map(Number) as [number, number, number];
      const newVersion = `${major}.${minor}.${patch + 1}`;
      await writeFile(manifestPath, JSON.stringify({ ...manifest, version: newVersion }));
      await enableDeveloperMode(session.context);
      await session.serviceWorker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
      let control = await openWhenLoaded(session.context, `chrome-extension://${session.extensionId}/options.html`);
      await expect
        .poll(() => control.evaluate((key) => chrome.storage.local.get(key).then((stored) => stored[key]), LAST_UPDATE_KEY))
        .toMatchObject({ previousVersion, version: newVersion });
      expect(await welcomeTabs(control, url)).toBe(0);
      await session.context.close();

      // A browser restart: Chromium reports --load-extension as a new install at
      // every start; the profile has seen the welcome page, so it stays closed.
      session = await launchWithExtension({ extensionDir, userDataDir: profile });
      control = await openWhenLoaded(session.context, `chrome-extension://${session.extensionId}/options.html`);
      await expect.poll(() => control.evaluate(() => chrome.runtime.sendMessage({ type: 'get-status' }).then((answer) => answer?.ok))).toBe(true);
      const shown = await control.evaluate((key) => chrome.storage.local.get(key).then((stored) => stored[key]), WELCOME_SHOWN_KEY);
      expect(shown).toMatchObject({ version: previousVersion });
      expect(await welcomeTabs(control, url)).toBe(0);
    } finally {
      await session.context.close().catch(() => undefined);
      await rm(profile, { recursive: true, force: true });
      await rm(extensionDir, { recursive: true, force: true });
    }
  });

  test('marks its sample paragraph with the real marker: hovering INS opens its card, Esc closes it', async ({ extension, bundled }) => {
    const page = await openWelcome(extension);
    const sample = page.locator('.sample');
    await expect(sample).toContainText('Mon espace santé');
    // The marks are the page's own highlights, as on any article.
    await expect.poll(() => page.evaluate(() => [...CSS.highlights.keys()].filter((name) => name !== 'repere-active').length)).toBeGreaterThan(0);
    await hoverText(page, 'INS');
    const card = page.locator('repere-card .card');
    await expect(card).toBeVisible();
    await expect(card.locator('.label')).toHaveText('INS');
    const ins = bundled.terms.find((term) => term.id === 'ins')!;
    await expect(card.locator('.summary')).toHaveText(ins.status.summary.fr);
    await page.keyboard.press('Escape');
    await expect(card).toBeHidden();
    await page.close();
  });

  test('shows the keys the browser bound, and says so with a link when one is unbound', async ({ extension }) => {
    const { context, extensionId } = extension;
    const initial = await extension.serviceWorker.evaluate(() => chrome.commands.getAll());
    await setCommandKey(context, { extensionId, commandName: 'next-term', keybinding: 'Alt+Shift+N' });
    await setCommandKey(context, { extensionId, commandName: 'previous-term', keybinding: 'Alt+Shift+P' });
    try {
      const page = await openWelcome(extension);
      const bound = await page.evaluate(() => chrome.commands.getAll());
      for (const name of ['next-term', 'previous-term']) {
        const keys = await page.locator(`[data-command="${name}"] kbd`).allInnerTexts();
        expect(keys.join('+')).toBe(bound.find((command) => command.name === name)!.shortcut);
      }
      await expect(page.locator('[data-command="next-term"] kbd')).toHaveText(['Alt', 'Shift', 'N']);
      await expect(page.getByRole('note')).toHaveCount(0);

      await setCommandKey(context, { extensionId, commandName: 'next-term', keybinding: '' });
      await page.reload();
      await expect(page.locator('[data-command="next-term"]')).toContainText('aucune touche attribuée');
      await expect(page.locator('[data-command="next-term"] kbd')).toHaveCount(0);
      const note = page.getByRole('note');
      await expect(note).toContainText('Un raccourci n’a pas de touche');
      const [shortcuts] = await Promise.all([context.waitForEvent('page'), note.getByRole('link', { name: 'Ouvrir la page des raccourcis' }).click()]);
      await expect.poll(() => shortcuts.url()).toBe('chrome://extensions/shortcuts');
      await shortcuts.close();
      await page.close();
    } finally {
      for (const commandName of ['next-term', 'previous-term']) {
        const keybinding = initial.find((command) => command.name === commandName)?.shortcut ?? '';
        await setCommandKey(context, { extensionId, commandName, keybinding });
      }
    }
  });

  test('is reachable later from the popup and from the options page', async ({ extension, server, control }) => {
    const page = await extension.context.newPage();
    await page.goto(server.origin + ARTICLES.dsih2022);
    const popup = await openPopupFor(extension, control, page);
    const [fromPopup] = await Promise.all([extension.context.waitForEvent('page'), popup.getByRole('button', { name: 'Prise en main' }).click()]);
    await expect(fromPopup).toHaveURL(welcomeUrl(extension));
    await expect(fromPopup.getByRole('heading', { level: 1 })).toBeVisible();
    await fromPopup.close();
    const options = await extension.context.newPage();
    await options.goto(`chrome-extension://${extension.extensionId}/options.html`);
    await options.getByRole('link', { name: /Découvrir Repère/ }).click();
    await expect(options).toHaveURL(welcomeUrl(extension));
    await options.close();
    if (!popup.isClosed()) await popup.close();
    await page.close();
  });

  test('names the installed dataset and says plainly whether updates are on', async ({ extension, control, bundled }) => {
    const page = await openWelcome(extension);
    await expect(page.locator('.dataset-version')).toHaveText(
      `Données ${bundled.version} du ${formatPartialDate(bundled.publishedAt.slice(0, 10), 'fr')}, intégrées à l’extension.`,
    );
    const updates = page.locator('.updates');
    await expect(updates).toHaveAttribute('data-updates', 'off');
    await expect(updates).toContainText('désactivées, car aucune adresse de mise à jour n’est configurée');
    await setSettings(control, { updateUrl: 'https://releases.example.org/latest.json' });
    await expect(updates).toHaveAttribute('data-updates', 'on');
    await expect(updates).toContainText('Repère vérifie https://releases.example.org/latest.json toutes les 6 h');
    await resetSettings(control);
    await expect(updates).toHaveAttribute('data-updates', 'off');
    await page.close();
  });

  test('has no accessibility violation (axe, contrast included), in light and dark, French and English', async ({ extension, control }) => {
    try {
      for (const language of ['fr', 'en'] as const) {
        await setSettings(control, { language });
        for (const colorScheme of ['light', 'dark'] as const) {
          const page = await extension.context.newPage();
          await page.emulateMedia({ colorScheme });
          await page.goto(welcomeUrl(extension));
          await expect(page.getByRole('heading', { level: 1 })).toHaveText(language === 'fr' ? 'Bienvenue dans Repère' : 'Welcome to Repère');
          await expect(page.locator('html')).toHaveAttribute('lang', language);
          await expect(page.locator('.dataset-version')).not.toContainText('…');
          const results = await new AxeBuilder({ page }).analyze();
          expect(results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`)).toEqual([]);
          await page.close();
        }
      }
    } finally {
      await resetSettings(control);
    }
  });
});
