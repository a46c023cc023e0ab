import type { Release } from '../../utils/dataset/schema';
import { countsOf, expect, highlightedRangeCount, openPopupFor, pdfs, releases, resetSettings, setSettings, tabIdOf, test } from '../support/extension-test';
import { DOCUMENT_HTML, EXPECTED_COUNTS, openedInViewer, printToPdf, viewerTerms } from '../support/pdf-document';
import { rehash } from '../support/sample-release';
import { makeKeyPair, sign } from '../support/signing';

const PAGES = 40;

/** Forty A5 pages, each naming the DMP in full; only the last one names the ApCV. */
const LONG_HTML = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Rapport long</title>
<style>body{font:16px/1.4 sans-serif;margin:0} section{break-after:page}</style></head><body>
${Array.from({ length: PAGES }, (_, index) => `<section><p>Page ${index + 1} : le dossier médical partagé reste au cœur du dispositif.</p>${index === PAGES - 1 ? '<p>L’ApCV se déploie en officine.</p>' : ''}</section>`).join('\n')}
</body></html>`;

test('a long PDF: “Sur cette page” counts every page, those pdf.js has not rendered too, and a chip goes to its page', async ({ extension, server, control }) => {
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
  // The ApCV is named on the last page only: its chip takes the viewer there and opens its card.
  await popup.locator('.on-this-page [data-term="apcv"]').click();
  await expect(page.locator('repere-card .card .label')).toHaveText('ApCV');
  await expect(page.getByRole('spinbutton', { name: 'Page' })).toHaveValue(String(PAGES));
  await popup.close();
  await page.close();
});

test('an open PDF is marked again with a newly installed dataset, without a reload', async ({ extension, server, control, bundled }) => {
  const maker = await extension.context.newPage();
  pdfs.serve('/docs/before-update.pdf', await printToPdf(maker, DOCUMENT_HTML));
  await maker.close();
  const page = await extension.context.newPage();
  await page.goto(`${server.origin}/docs/before-update.pdf`).catch(() => undefined);
  await openedInViewer(page);
  const tabId = await tabIdOf(control, page);
  await expect.poll(async () => countsOf(await viewerTerms(control, tabId))).toEqual(EXPECTED_COUNTS);
  const total = Object.values(EXPECTED_COUNTS).reduce((sum, count) => sum + count, 0);
  await expect.poll(() => highlightedRangeCount(page)).toBe(total);

  // A release in which "officine" is one more name of the ApCV: the document says "l’ApCV se déploie en officine".
  const keys = await makeKeyPair();
  const release: Release = structuredClone(bundled);
  release.version = '2099.2.1';
  release.terms.find((term) => term.id === 'apcv')!.aliases.push({ text: 'officine', caseSensitive: false });
  const body = JSON.stringify(await rehash(release));
  releases.behaviour = { kind: 'serve', body, signature: await sign(body, keys) };
  await setSettings(control, { updateUrl: `${server.origin}/release.json`, trustedKeys: [keys.publicKey] });
  try {
    const answer = await control.evaluate(() => chrome.runtime.sendMessage({ type: 'check-updates' }) as Promise<{ ok: boolean; value?: { current?: { version: string } } }>);
    expect(answer.value?.current?.version).toBe('2099.2.1');
    await expect.poll(async () => countsOf(await viewerTerms(control, tabId))).toEqual({ ...EXPECTED_COUNTS, apcv: EXPECTED_COUNTS.apcv + 1 });
    await expect.poll(() => highlightedRangeCount(page)).toBe(total + 1);
  } finally {
    await control.evaluate(() => chrome.runtime.sendMessage({ type: 'reset-to-bundled' }));
    await resetSettings(control);
    await page.close();
  }
});
