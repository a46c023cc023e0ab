import {
  countsOf,
  expect,
  highlightedRangeCount,
  hoverText,
  openPopupFor,
  pdfs,
  resetSettings,
  setSettings,
  tabIdOf,
  test,
} from '../support/extension-test';
import { handWrittenPdf } from '../support/hand-written-pdf';
import { DOCUMENT_HTML, EXPECTED_COUNTS, openedInViewer, printToPdf, viewerTerms } from '../support/pdf-document';
import { HUGE_PDF_PATH } from '../support/pdf-routes';

test.describe('the PDF viewer', () => {
  test.beforeAll(async ({ extension }) => {
    const maker = await extension.context.newPage();
    pdfs.serve('/docs/rapport.pdf', await printToPdf(maker, DOCUMENT_HTML));
    // The same document at an address with no .pdf suffix: the Content-Type decides.
    pdfs.serve('/download', await printToPdf(maker, DOCUMENT_HTML));
    pdfs.serve('/docs/protected.pdf', handWrittenPdf({ text: 'MSSanté relie les soignants.', password: 'secret' }));
    // A "scan": a page with no text at all.
    pdfs.serve('/docs/scan.pdf', await printToPdf(maker, '<div style="width:300px;height:400px;background:#888"></div>'));
    pdfs.serve('/docs/broken.pdf', Buffer.from('%PDF-1.7\nthis is not really a PDF\n%%EOF'));
    // Servers that send PDFs as generic binary data: the .pdf address says what it is.
    pdfs.serve('/docs/binary.pdf', await printToPdf(maker, DOCUMENT_HTML), 'application/octet-stream');
    await maker.close();
  });
  test.afterEach(async ({ control }) => resetSettings(control));

  test('a PDF opens in the viewer, marked like a page: counts, hover card, Esc, popup', async ({ extension, server, control }) => {
    const page = await extension.context.newPage();
    await page.goto(`${server.origin}/docs/rapport.pdf`).catch(() => undefined);
    await openedInViewer(page);
    await expect(page.locator('.textLayer')).toHaveCount(2);
    await expect(page.locator('.page-count')).toHaveText('sur 2');
    const tabId = await tabIdOf(control, page);
    await expect.poll(async () => countsOf(await viewerTerms(control, tabId))).toEqual(EXPECTED_COUNTS);
    const total = Object.values(EXPECTED_COUNTS).reduce((sum, count) => sum + count, 0);
    await expect.poll(() => highlightedRangeCount(page)).toBe(total);

    // The split mention is one mark, from "Mon espace" on one line to "santé" on the next.
    const split = await page.evaluate(() => {
      for (const [name, highlight] of CSS.highlights) {
        if (name === 'repere-active') continue;
        for (const range of highlight as unknown as Set<Range>) if (range.startContainer !== range.endContainer) return range.toString();
      }
      return null;
    });
    expect(split).toBe('Mon espacesanté');

    await hoverText(page, 'MSSanté');
    await expect(page.locator('repere-card .card .label')).toHaveText('MSSanté');
    await page.keyboard.press('Escape');
    await expect(page.locator('repere-card')).toHaveCount(0);
    // Either line of the split mention opens its card: here "santé", on the second line.
    await hoverText(page, 'santé', 1);
    await expect(page.locator('repere-card .card .label')).toHaveText('Mon espace santé');
    await page.keyboard.press('Escape');
    await expect(page.locator('repere-card')).toHaveCount(0);

    const popup = await openPopupFor(extension, control, page);
    await expect(popup.locator('.on-this-page .chip')).toHaveCount(Object.keys(EXPECTED_COUNTS).length);
    await expect(popup.locator('.on-this-page [data-term="dmp"] .count')).toHaveText('2');
    await popup.close();
    await page.close();
  });

  test('find (Ctrl+F) searches the text layer; zooming keeps the marks', async ({ extension, server, control }) => {
    const page = await extension.context.newPage();
    await page.goto(`${server.origin}/docs/rapport.pdf`).catch(() => undefined);
    await openedInViewer(page);
    await expect(page.locator('.textLayer')).toHaveCount(2);
    await page.locator('.pdf-container').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+f');
    await expect(page.getByRole('searchbox', { name: 'Rechercher dans le document' })).toBeFocused();
    await page.keyboard.type('patient');
    // "du patient" on page 1, "Les patients" on page 2.
    await expect(page.locator('.find-result')).toHaveText(/sur 2$/);
    await expect(page.locator('.textLayer .highlight')).not.toHaveCount(0);

    const tabId = await tabIdOf(control, page);
    const widthBefore = await page.locator('.page').first().evaluate((element) => element.getBoundingClientRect().width);
    await page.getByRole('button', { name: 'Zoom avant' }).click();
    await expect.poll(() => page.locator('.page').first().evaluate((element) => element.getBoundingClientRect().width)).toBeGreaterThan(widthBefore);
    // The zoom menu shows the scale reached, then a preset chosen from it.
    await expect(page.getByRole('combobox', { name: 'Zoom' })).not.toHaveValue('auto');
    await page.getByRole('combobox', { name: 'Zoom' }).selectOption('page-fit');
    await expect(page.getByRole('combobox', { name: 'Zoom' })).toHaveValue('page-fit');
    await expect.poll(async () => countsOf(await viewerTerms(control, tabId))).toEqual(EXPECTED_COUNTS);
    await page.close();
  });

  test('speaks English when told, and follows a dark system theme', async ({ extension, server, control }) => {
    await setSettings(control, { language: 'en' });
    const page = await extension.context.newPage();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${server.origin}/docs/rapport.pdf`).catch(() => undefined);
    await openedInViewer(page);
    await expect(page.locator('.page-count')).toHaveText('of 2');
    await expect(page.getByRole('button', { name: 'Open in the browser’s viewer' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Download the original' })).toHaveAttribute('download', 'rapport.pdf');
    const toolbar = await page.locator('.pdf-toolbar').evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(toolbar).toBe('rgb(27, 31, 36)');
    await page.close();
  });

  test('a PDF at an address without .pdf opens in the viewer; "browser’s viewer" goes back to it once', async ({ extension, server, control }) => {
    const page = await extension.context.newPage();
    const url = `${server.origin}/download`;
    await page.goto(url).catch(() => undefined);
    await openedInViewer(page);
    await expect(page).toHaveURL(new RegExp(`file=${encodeURIComponent(url).replace(/[.?*+]/g, '\\$&')}$`));

    await page.getByRole('button', { name: 'Ouvrir dans le lecteur du navigateur' }).click();
    await expect.poll(() => page.url()).toBe(url);
    // The tab stays on the document: the one-time bypass was spent on this load.
    // (The tabs API learns the tab's new address a moment after the page does.)
    let tabId = 0;
    await expect(async () => {
      tabId = await tabIdOf(control, page);
    }).toPass();
    const popup = await openPopupFor(extension, control, page);
    await popup.getByRole('button', { name: /Ouvrir dans Repère/ }).click();
    await expect.poll(() => control.evaluate((id) => chrome.tabs.get(id).then((tab) => tab.url), tabId)).toContain('/pdf-viewer.html?file=');
    await page.close();
  });

  test('with "Ouvrir les PDF dans Repère" off, a PDF stays in the browser’s viewer, and the popup offers Repère’s, after a worker restart too', async ({ extension, server, control }) => {
    await setSettings(control, { openPdfs: false });
    const page = await extension.context.newPage();
    const url = `${server.origin}/docs/rapport.pdf`;
    await page.goto(url).catch(() => undefined);
    const tabId = await tabIdOf(control, page);
    await expect.poll(() => control.evaluate((id) => chrome.runtime.sendMessage({ type: 'pdf-in-tab', tabId: id }), tabId)).toEqual({ ok: true, value: { url } });
    // Chromium stops an idle service worker: the tab's PDF is still known to the next one.
    const cdp = await extension.context.newCDPSession(control);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    const popup = await openPopupFor(extension, control, page);
    await expect(popup.getByRole('button', { name: /Ouvrir dans Repère/ })).toBeVisible();
    expect(page.url()).toBe(url);
    await popup.close();
    await page.close();
  });

  test('a one-time "browser’s viewer" asked just before the service worker stops is still honoured', async ({ extension, server, control }) => {
    const page = await extension.context.newPage();
    await page.goto(`${server.origin}/articles/2020-06-cns-3-apres-covid.html`);
    const tabId = await tabIdOf(control, page);
    const url = `${server.origin}/docs/rapport.pdf`;
    expect(await control.evaluate(([tabId, url]) => chrome.runtime.sendMessage({ type: 'pdf-bypass', tabId, url }), [tabId, url] as const)).toEqual({ ok: true, value: { remembered: true } });
    const cdp = await extension.context.newCDPSession(control);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    await page.goto(url).catch(() => undefined);
    // The next worker spends the bypass on this load: the tab stays in the browser's viewer.
    await expect.poll(() => control.evaluate((id) => chrome.runtime.sendMessage({ type: 'pdf-in-tab', tabId: id }), tabId)).toEqual({ ok: true, value: { url } });
    expect(page.url()).toBe(url);
    // Once only: the next load of the same PDF goes to Repère's viewer.
    await page.goto(url).catch(() => undefined);
    await openedInViewer(page);
    await page.close();
  });

  test('a PDF sent as application/octet-stream from a .pdf address opens in the viewer, marked', async ({ extension, server, control }) => {
    const page = await extension.context.newPage();
    // Chromium starts a download for the binary type; the background sends the tab to the viewer.
    await page.goto(`${server.origin}/docs/binary.pdf`).catch(() => undefined);
    await openedInViewer(page);
    const tabId = await tabIdOf(control, page);
    await expect.poll(async () => countsOf(await viewerTerms(control, tabId))).toEqual(EXPECTED_COUNTS);
    await page.close();
  });

  test('a PDF from another origin that sends no CORS headers opens from a link, marked', async ({ extension, server, control }) => {
    // The fixture server answers as 127.0.0.1 and as localhost: two origins, and no Access-Control-* header.
    const otherOrigin = server.origin.replace('127.0.0.1', 'localhost');
    const pdfUrl = `${otherOrigin}/docs/rapport.pdf`;
    const headers = await control.evaluate((url) => fetch(url, { method: 'HEAD' }).then((response) => [...response.headers.keys()]), pdfUrl);
    expect(headers.filter((name) => name.startsWith('access-control-'))).toEqual([]);
    const page = await extension.context.newPage();
    await page.goto(`${server.origin}/docs/`).catch(() => undefined);
    await page.setContent(`<a href="${pdfUrl}">Le rapport</a>`);
    await page.getByRole('link', { name: 'Le rapport' }).click();
    await openedInViewer(page);
    expect(page.url()).toContain(`file=${encodeURIComponent(pdfUrl)}`);
    const tabId = await tabIdOf(control, page);
    await expect.poll(async () => countsOf(await viewerTerms(control, tabId))).toEqual(EXPECTED_COUNTS);
    await page.close();
  });

  test('the next-term and previous-term commands step through the marks, opening each card with « n sur N »', async ({ extension, server, control }) => {
    const page = await extension.context.newPage();
    await page.goto(`${server.origin}/docs/rapport.pdf`).catch(() => undefined);
    await openedInViewer(page);
    const tabId = await tabIdOf(control, page);
    const total = Object.values(EXPECTED_COUNTS).reduce((sum, count) => sum + count, 0);
    await expect.poll(async () => countsOf(await viewerTerms(control, tabId))).toEqual(EXPECTED_COUNTS);
    // The later steps: what the background then sends the viewer's tab (askTabContent), to read its answer.
    const step = (direction: 'next' | 'previous') =>
      control.evaluate(
        ({ tabId, direction }) => chrome.runtime.sendMessage({ type: 'viewer-request', tabId, request: { type: 'step-term', direction } }),
        { tabId, direction },
      ) as Promise<{ termId: string | null; position: number; total: number }>;
    // Alt+Shift+N itself, as the browser hands it to the background (its onCommand listener), on the active tab.
    await page.bringToFront();
    // Any request wakes the background, which Chromium may have stopped (an earlier test does).
    await control.evaluate(() => chrome.runtime.sendMessage({ type: 'pdf-in-tab', tabId: 0 }));
    const background = extension.context.serviceWorkers().findLast((worker) => worker.url().includes(extension.extensionId))!;
    await background.evaluate(() => (chrome.commands.onCommand as unknown as { dispatch(command: string): void }).dispatch('next-term'));
    await expect(page.locator('repere-card .card .label')).toHaveText('DMP');
    await expect(page.locator('repere-card .card .position')).toHaveText(`1 sur ${total}`);
    expect(await step('next')).toEqual({ termId: 'mssante', position: 2, total });
    await expect(page.locator('repere-card .card .label')).toHaveText('MSSanté');
    await expect(page.locator('repere-card .card .position')).toHaveText(`2 sur ${total}`);
    const first = { termId: 'dmp', position: 1, total };
    expect(await step('previous')).toEqual(first);
    await expect(page.locator('repere-card .card .position')).toHaveText(`1 sur ${total}`);
    // Before the first mark comes the last: the split "Mon espace santé" at the end of page 2.
    expect(await step('previous')).toEqual({ termId: 'mon-espace-sante', position: total, total });
    await expect(page.locator('repere-card .card .label')).toHaveText('Mon espace santé');
    await page.keyboard.press('Escape');
    await expect(page.locator('repere-card')).toHaveCount(0);
    await page.close();
  });

  test('a password-protected PDF asks for its password, again after a wrong one, then opens marked', async ({ extension, server, control }) => {
    const page = await extension.context.newPage();
    await page.goto(`${server.origin}/docs/protected.pdf`).catch(() => undefined);
    await expect(page.getByRole('heading', { name: 'Ce PDF est protégé par un mot de passe' })).toBeVisible();
    await page.getByLabel('Mot de passe').fill('wrong');
    await page.getByRole('button', { name: 'Ouvrir' }).click();
    await expect(page.getByRole('alert')).toHaveText('Mot de passe incorrect. Réessayez.');
    await page.getByLabel('Mot de passe').fill('secret');
    await page.getByRole('button', { name: 'Ouvrir' }).click();
    await expect(page.locator('.textLayer')).toContainText('MSSanté relie');
    const tabId = await tabIdOf(control, page);
    await expect.poll(async () => countsOf(await viewerTerms(control, tabId))).toEqual({ mssante: 1 });
    await page.close();
  });

  test('a corrupt PDF, a missing one, a scan without text and one over 200 MB each say why in the page', async ({ extension, server }) => {
    const page = await extension.context.newPage();
    await page.goto(`${server.origin}/docs/broken.pdf`).catch(() => undefined);
    await expect.poll(() => page.url()).toContain('/pdf-viewer.html?file=');
    await expect(page.getByRole('alert')).toContainText('Le fichier est endommagé ou n’est pas un PDF.');

    await page.goto(`chrome-extension://${extension.extensionId}/pdf-viewer.html?file=${encodeURIComponent(`${server.origin}/docs/missing.pdf`)}`);
    await expect(page.getByRole('alert')).toContainText('erreur 404');

    await page.goto(`${server.origin}/docs/scan.pdf`).catch(() => undefined);
    await expect(page.locator('[data-notice="no-text"]')).toHaveText('Ce document n’a pas de texte (un scan, par exemple) : aucun texte à repérer.');
    await expect(page.locator('.page')).toHaveCount(1);

    await page.goto(`chrome-extension://${extension.extensionId}/pdf-viewer.html?file=${encodeURIComponent(server.origin + HUGE_PDF_PATH)}`);
    await expect(page.getByRole('alert')).toContainText('trop volumineux pour le lecteur de Repère (300 Mo, au-delà de 200 Mo)');
    await page.close();
  });
});
