import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchWithExtension } from '../../scripts/lib/launch-extension';
import { enableDeveloperMode, setFileAccess } from '../support/chromium-extensions-page';
import { countsOf, expect, highlightedRangeCount, hoverText, openPopupFor, resetSettings, tabIdOf, test } from '../support/extension-test';
import { DOCUMENT_HTML, EXPECTED_COUNTS, openedInViewer, printToPdf, viewerTerms } from '../support/pdf-document';

/**
 * PDFs of the reader's own computer. Chromium lets an extension read file:
 * addresses once the reader turns on "Allow access to file URLs" (on by
 * default for an extension loaded from a folder, as here); Firefox never
 * does. Either way the viewer can open a file the reader chooses.
 */
test.describe('local PDFs', () => {
  let folder = '';
  let localPdf = '';
  let localUrl = '';
  test.beforeAll(async ({ extension }) => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'repere-local-pdf-'));
    const maker = await extension.context.newPage();
    // A space in the name: the address carries it encoded, the viewer decodes it.
    localPdf = path.join(folder, 'rapport local.pdf');
    await writeFile(localPdf, await printToPdf(maker, DOCUMENT_HTML));
    await maker.close();
    localUrl = pathToFileURL(localPdf).href;
  });
  test.afterAll(async () => rm(folder, { recursive: true, force: true }));
  test.afterEach(async ({ control }) => resetSettings(control));

  test('with file URLs allowed, a local PDF opens in the viewer, marked; the browser’s viewer is one click away', async ({ extension, control }) => {
    expect(await control.evaluate(() => chrome.extension.isAllowedFileSchemeAccess())).toBe(true);
    const page = await extension.context.newPage();
    await page.goto(localUrl).catch(() => undefined);
    await openedInViewer(page);
    expect(decodeURIComponent(new URL(page.url()).searchParams.get('file') ?? '')).toBe(decodeURIComponent(localUrl));
    await expect(page).toHaveTitle('Rapport d’étape');
    const tabId = await tabIdOf(control, page);
    await expect.poll(async () => countsOf(await viewerTerms(control, tabId))).toEqual(EXPECTED_COUNTS);
    await hoverText(page, 'MSSanté');
    await expect(page.locator('repere-card .card .label')).toHaveText('MSSanté');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Ouvrir dans le lecteur du navigateur' }).click();
    await expect.poll(() => page.url()).toBe(localUrl);
    await expect(async () => expect(await tabIdOf(control, page)).toBe(tabId)).toPass();
    const popup = await openPopupFor(extension, control, page);
    await popup.getByRole('button', { name: /Ouvrir dans Repère/ }).click();
    await expect.poll(() => control.evaluate((id) => chrome.tabs.get(id).then((tab) => tab.url), tabId)).toContain('/pdf-viewer.html?file=');
    await page.close();
  });

  test('from the options page, the viewer opens on no document and marks the PDF the reader chooses', async ({ extension, control }) => {
    const options = await extension.context.newPage();
    await options.goto(`chrome-extension://${extension.extensionId}/options.html`);
    await options.getByRole('link', { name: 'Ouvrir un PDF de cet ordinateur dans Repère' }).click();
    await expect(options.getByRole('heading', { name: 'Ouvrir un PDF dans Repère' })).toBeVisible();
    await expect(options.getByRole('alert')).toHaveCount(0);
    await options.getByLabel('Choisir un PDF sur cet ordinateur').setInputFiles(localPdf);
    await expect(options.locator('.textLayer')).toHaveCount(2);
    const tabId = await tabIdOf(control, options);
    await expect.poll(async () => countsOf(await viewerTerms(control, tabId))).toEqual(EXPECTED_COUNTS);
    await expect(options.getByRole('link', { name: 'Télécharger l’original' })).toHaveAttribute('download', 'rapport local.pdf');
    // A chosen file has no address to go back to.
    await expect(options.getByRole('button', { name: 'Ouvrir dans le lecteur du navigateur' })).toHaveCount(0);
    await options.close();
  });
});

test('with file URLs not allowed, a local PDF stays in the browser’s viewer, and Repère’s viewer says why and offers the picker', async () => {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'repere-local-pdf-'));
  const session = await launchWithExtension();
  try {
    const maker = await session.context.newPage();
    const localPdf = path.join(folder, 'note.pdf');
    await writeFile(localPdf, await printToPdf(maker, DOCUMENT_HTML));
    await maker.close();
    await enableDeveloperMode(session.context);
    const reloaded = session.context.waitForEvent('serviceworker', { timeout: 20_000 });
    await setFileAccess(session.context, { extensionId: session.extensionId, fileAccess: false });
    const worker = await reloaded;
    expect(await worker.evaluate(() => chrome.extension.isAllowedFileSchemeAccess())).toBe(false);

    const page = await session.context.newPage();
    await page.goto(pathToFileURL(localPdf).href).catch(() => undefined);
    // An absence: give the background the time it takes to act on a PDF elsewhere in this suite.
    await page.waitForTimeout(1500);
    expect(page.url()).toBe(pathToFileURL(localPdf).href);

    await page.goto(`chrome-extension://${session.extensionId}/pdf-viewer.html?file=${encodeURIComponent(pathToFileURL(localPdf).href)}`);
    await expect(page.getByRole('alert')).toContainText('activez l’accès aux URL de fichiers');
    await page.getByLabel('Choisir un PDF sur cet ordinateur').setInputFiles(localPdf);
    await expect(page.locator('.textLayer')).toHaveCount(2);
    const total = Object.values(EXPECTED_COUNTS).reduce((sum, count) => sum + count, 0);
    await expect.poll(() => highlightedRangeCount(page)).toBe(total);
  } finally {
    await session.close();
    await rm(folder, { recursive: true, force: true });
  }
});
