import AxeBuilder from '@axe-core/playwright';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { launchWithExtension } from '../../scripts/lib/launch-extension';
import type { Release } from '../../utils/dataset/schema';
import { ARTICLES, CHROME_BUILD_DIR } from '../support/paths';
import { rehash } from '../support/sample-release';
import { makeKeyPair } from '../support/signing';
import { expect, highlightedRangeCount, hoverText, pageTerms, resetSettings, test } from '../support/extension-test';

async function openOptions(extension: { context: import('@playwright/test').BrowserContext; extensionId: string }): Promise<Page> {
  const options = await extension.context.newPage();
  await options.goto(`chrome-extension://${extension.extensionId}/options.html`);
  await expect(options.getByRole('heading', { level: 1 })).toBeVisible();
  return options;
}

test.describe('the options page', () => {
  test.afterEach(async ({ control }) => {
    await control.evaluate(() => chrome.runtime.sendMessage({ type: 'reset-to-bundled' }));
    await resetSettings(control);
  });

  test('changes the language of the card and of itself at once', async ({ extension, server, control }) => {
    const options = await openOptions(extension);
    await options.getByLabel('Langue').selectOption('en');
    await expect(options.getByRole('heading', { level: 1 })).toHaveText('Repère options');
    const page = await extension.context.newPage();
    await page.goto(server.origin + ARTICLES.dsih2022);
    await pageTerms(control, page);
    await hoverText(page, 'INS');
    await expect(page.locator('repere-card .timeline-link')).toContainText('See the timeline');
    await page.close();
    await options.close();
  });

  test('switches the marking style on open tabs: underline, background, none', async ({ extension, server, control }) => {
    const page = await extension.context.newPage();
    await page.goto(server.origin + ARTICLES.dsih2022);
    const total = (await pageTerms(control, page)).reduce((sum, term) => sum + term.count, 0);
    const registered = () => page.evaluate(() => [...CSS.highlights.keys()].filter((name) => name !== 'repere-active').sort());
    expect(await registered()).toEqual(['repere-underline']);
    const options = await openOptions(extension);
    await options.getByLabel('Surligné').check();
    await expect.poll(registered).toEqual(['repere-background']);
    expect(await highlightedRangeCount(page)).toBe(total);
    await options.getByLabel('Aucun (survol seulement)').check();
    await expect.poll(registered).toEqual([]);
    // Still there for the hover.
    await hoverText(page, 'INS');
    await expect(page.locator('repere-card .card')).toBeVisible();
    await options.close();
    await page.close();
  });

  test('sets how strictly ambiguous acronyms are marked', async ({ extension, server, control }) => {
    // The 2020 article names DMP, ENS, BSP and HDH next to unambiguous names:
    // strict mode keeps only acronyms whose programme is also named in full.
    const page = await extension.context.newPage();
    await page.goto(server.origin + ARTICLES.cns2020);
    const normal = Object.fromEntries((await pageTerms(control, page)).map((term) => [term.id, term.count]));
    expect(normal.dmp).toBeGreaterThan(0);
    const options = await openOptions(extension);
    await options.getByLabel(/^Strict/).check();
    await expect
      .poll(async () => Object.fromEntries((await pageTerms(control, page)).map((term) => [term.id, term.count])).dmp ?? 0)
      .toBe(0);
    await options.close();
    await page.close();
  });

  test('edits the list of excluded sites', async ({ extension, server, control }) => {
    const page = await extension.context.newPage();
    await page.goto(server.origin + ARTICLES.dsih2022);
    const total = (await pageTerms(control, page)).reduce((sum, term) => sum + term.count, 0);
    const options = await openOptions(extension);
    await options.getByPlaceholder('exemple.fr').fill('not a site!!');
    await expect(options.locator('#site-refusal')).toContainText('Site refusé');
    await expect(options.getByRole('button', { name: 'Ajouter', exact: true })).toBeDisabled();
    await options.getByPlaceholder('exemple.fr').fill('127.0.0.1');
    await options.getByRole('button', { name: 'Ajouter', exact: true }).click();
    await expect(options.locator('.sites li')).toHaveText(['127.0.0.1×']);
    await expect(options.locator('[aria-labelledby="sites-title"] .feedback')).toHaveText('127.0.0.1 ajouté.');
    await expect.poll(() => highlightedRangeCount(page)).toBe(0);
    await options.getByRole('button', { name: 'Retirer 127.0.0.1' }).click();
    await expect.poll(() => highlightedRangeCount(page)).toBe(total);
    await options.close();
    await page.close();
  });

  test('saves the update address (https or localhost only), the schedule and the trusted keys, each checked as typed', async ({ extension, control }) => {
    const { publicKey } = await makeKeyPair();
    const options = await openOptions(extension);
    const address = options.getByLabel('Adresse des mises à jour');
    await address.fill('http://example.org/release.json');
    await expect(options.locator('#url-refusal')).toContainText('Adresse refusée');
    await expect(options.getByRole('button', { name: 'Enregistrer' })).toBeDisabled();
    await address.fill('https://example.org/repere/latest.json');
    await options.getByRole('button', { name: 'Enregistrer' }).click();
    // "Enregistré." beside the address, not under another section.
    await expect(options.locator('form:has(#update-url) .feedback')).toHaveText('Enregistré.');

    const key = options.getByLabel('Nouvelle clé');
    await key.fill('not-a-key');
    await expect(options.locator('#key-refusal')).toContainText('Clé refusée');
    await expect(options.getByRole('button', { name: 'Ajouter la clé' })).toBeDisabled();
    // Pasted over two lines with spaces: read without them.
    await key.fill(` ${publicKey.slice(0, 20)}\n ${publicKey.slice(20)} `);
    await options.getByRole('button', { name: 'Ajouter la clé' }).click();
    await expect(options.getByRole('button', { name: `Retirer la clé ${publicKey}` })).toBeVisible();

    const interval = options.getByLabel('Toutes les (heures)');
    for (const refused of ['0', '10000']) {
      await interval.fill(refused);
      await interval.blur();
      await expect(options.locator('#interval-refusal')).toContainText('de 1 à 168');
    }
    await interval.fill('12');
    await interval.blur();
    await expect
      .poll(() => control.evaluate(async () => ((await chrome.storage.local.get('settings')).settings as Record<string, unknown>)?.updateIntervalHours))
      .toBe(12);
    const saved = await control.evaluate(async () => (await chrome.storage.local.get('settings')).settings as Record<string, unknown>);
    expect(saved.updateUrl).toBe('https://example.org/repere/latest.json');
    expect(saved.trustedKeys).toEqual([publicKey]);
    // Automatic updates on: one alarm armed; off: none.
    await expect.poll(() => control.evaluate(async () => (await chrome.alarms.getAll()).length)).toBe(1);
    await options.getByLabel('Vérifier automatiquement').uncheck();
    await expect.poll(() => control.evaluate(async () => (await chrome.alarms.getAll()).length)).toBe(0);
    await options.close();
  });

  test('checking with no address says so beside the button and links to the field', async ({ extension }) => {
    const options = await openOptions(extension);
    const check = options.locator('.action', { has: options.getByRole('button', { name: 'Vérifier les mises à jour' }) });
    await check.getByRole('button').click();
    await expect(check.locator('.feedback')).toContainText('Aucune adresse de mise à jour n’est configurée.');
    await expect(options.locator('.dataset-status')).not.toContainText('voir les options');
    await check.getByRole('link', { name: 'Saisir l’adresse des mises à jour' }).click();
    await expect(options).toHaveURL(/options\.html#update-url$/);
    await options.close();
  });

  test('imports a release file, exports the installed dataset, and resets to the bundled one', async ({ extension, bundled }) => {
    const release: Release = structuredClone(bundled);
    release.version = '2099.6.1';
    release.notes = { fr: 'Revue de juin : <b>INS</b> généralisée', en: 'June review' };
    release.terms.find((term) => term.id === 'ins')!.status.summary.fr = 'Statut revu en juin.';
    const text = JSON.stringify(await rehash(release));
    const options = await openOptions(extension);
    await options.getByLabel('Fichier de données (.json)').setInputFiles({ name: 'release.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await options.getByRole('button', { name: 'Importer' }).click();
    await expect(options.locator('.dataset-status')).toContainText('Données 2099.6.1');
    // The history keeps it with its notes, as text.
    await expect(options.locator('.release-history li').first()).toContainText('Revue de juin : <b>INS</b> généralisée');

    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Exporter les données installées' }).click()]);
    // The export is the installed release, byte for byte as it was imported.
    expect(await readFile((await download.path())!, 'utf8')).toBe(text);

    // A broken file is refused with a reason, and nothing changes.
    await options.getByLabel('Fichier de données (.json)').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"schemaVersion":1,') });
    await options.getByRole('button', { name: 'Importer' }).click();
    const importForm = options.locator('form:has([name="releaseFile"])');
    await expect(importForm.locator('.feedback .error p')).toHaveText('Le fichier de mise à jour est illisible.');
    // The parser's own (English) words only behind "détails".
    await expect(importForm.locator('.feedback details summary')).toHaveText('détails');
    await expect(options.locator('.dataset-status .error')).toContainText('illisible');
    await expect(options.locator('.dataset-status')).toContainText('Données 2099.6.1');

    await options.getByRole('button', { name: 'Revenir au jeu de données intégré' }).click();
    await expect(options.locator('.dataset-status')).toContainText(`Données ${bundled.version}`);
    // A success clears the old failure.
    await expect(options.locator('.dataset-status .error')).toHaveCount(0);
    await expect(options.locator('.dataset-status')).not.toContainText('illisible');
    await options.getByRole('button', { name: 'Revenir à la version précédente' }).click();
    await expect(options.locator('.dataset-status')).toContainText('Données 2099.6.1');
    await options.close();
  });

  test('has no accessibility violation (axe)', async ({ extension }) => {
    const options = await openOptions(extension);
    const results = await new AxeBuilder({ page: options }).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
    await options.close();
  });
});

test('settings survive a browser restart', async ({ server }) => {
  test.setTimeout(120_000);
  const profile = await mkdtemp(path.join(os.tmpdir(), 'repere-restart-'));
  try {
    const first = await launchWithExtension({ extensionDir: CHROME_BUILD_DIR, userDataDir: profile });
    const options = await openOptions(first);
    await options.getByLabel('Surligné').check();
    await options.getByPlaceholder('exemple.fr').fill('example.org');
    await options.getByRole('button', { name: 'Ajouter', exact: true }).click();
    await expect(options.locator('.sites li')).toHaveCount(1);
    await first.close();

    const second = await launchWithExtension({ extensionDir: CHROME_BUILD_DIR, userDataDir: profile });
    const reopened = await openOptions(second);
    await expect(reopened.getByLabel('Surligné')).toBeChecked();
    await expect(reopened.locator('.sites li')).toHaveText(['example.org×']);
    const page = await second.context.newPage();
    await page.goto(server.origin + ARTICLES.dsih2022);
    await expect.poll(() => page.evaluate(() => [...CSS.highlights.keys()])).toContain('repere-background');
    await second.close();
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
});
