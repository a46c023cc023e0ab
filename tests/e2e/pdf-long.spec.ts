import { countsOf, expect, openPopupFor, pdfs, tabIdOf, test } from '../support/extension-test';
import { openedInViewer, printToPdf, viewerTerms } from '../support/pdf-document';

const PAGES = 40;

/** Forty A5 pages, each naming the DMP in full; only the last one names the ApCV. */
const LONG_HTML = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Rapport long</title>
<style>body{font:16px/1.4 sans-serif;margin:0} section{break-after:page}</style></head><body>
${Array.from({ length: PAGES }, (_, index) => `<section><p>Page ${index + 1} : le dossier médical partagé reste au cœur du dispositif.</p>${index === PAGES - 1 ? '<p>L’ApCV se déploie en officine.</p>' : ''}</section>`).join('\n')}
</body></html>`;

test('a long PDF: “Sur cette page” counts every page, those pdf.js has not rendered too', async ({ extension, server, control }) => {
  const maker = await extension.context.newPage();
  pdfs.serve('/docs/long.pdf', await printToPdf(maker, LONG_HTML));
  await maker.close();

  const page = await extension.context.newPage();
  await page.goto(`${server.origin}/docs/long.pdf`).catch(() => undefined);
  await openedInViewer(page);
  await expect(page.locator('.page-count')).toHaveText(`sur ${PAGES}`);
  // pdf.js draws the pages near the view only: the last one has no text layer yet.
  await expect(page.locator(`.page[data-page-number="${PAGES}"] .textLayer span`)).toHaveCount(0);
  const tabId = await tabIdOf(control, page);
  await expect.poll(async () => countsOf(await viewerTerms(control, tabId))).toEqual({ dmp: PAGES, apcv: 1 });
  await expect(page.locator(`.page[data-page-number="${PAGES}"] .textLayer span`)).toHaveCount(0);

  const popup = await openPopupFor(extension, control, page);
  await expect(popup.locator('.on-this-page [data-term="dmp"] .count')).toHaveText(String(PAGES));
  await expect(popup.locator('.on-this-page [data-term="apcv"]')).toBeVisible();
  await popup.close();
  await page.close();
});
