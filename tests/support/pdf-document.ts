import type { Page } from '@playwright/test';
import type { PageTerm } from '../../utils/messaging/contract';
import { expect } from './extension-test';

/**
 * Two A5 pages naming programmes. On page 2, "Mon espace santé" is split
 * by a line break: pdf.js gives each line its own text node, and the viewer
 * reads them as lines of one text, so that mention is found too.
 */
export const DOCUMENT_HTML = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Rapport d’étape</title>
<style>body{font:16px/1.4 sans-serif;margin:0} section{break-after:page}</style></head><body>
<section><h1>Rapport d’étape</h1>
<p>Le DMP est alimenté par les établissements. MSSanté relie les soignants.</p>
<p>Mon espace santé rassemble les documents du patient.</p></section>
<section><p>Deuxième page : l’ApCV se déploie en officine, et le DMP reste au cœur du dispositif.</p>
<p>Les patients retrouvent leurs documents dans Mon espace<br>santé, même après un changement de médecin.</p></section>
</body></html>`;
/** What a reader counts in DOCUMENT_HTML. */
export const EXPECTED_COUNTS = { dmp: 2, mssante: 1, 'mon-espace-sante': 2, apcv: 1 };

export async function printToPdf(page: Page, html: string): Promise<Buffer> {
  await page.setContent(html);
  return page.pdf({ format: 'A5' });
}

/** The viewer's `page-terms` answer, asked the way the popup asks it (runtime message to the viewer's tab). */
export async function viewerTerms(control: Page, tabId: number): Promise<PageTerm[]> {
  const answer = await control.evaluate(
    (tabId) => chrome.runtime.sendMessage({ type: 'viewer-request', tabId, request: { type: 'page-terms' } }) as Promise<{ terms: PageTerm[] }>,
    tabId,
  );
  return answer.terms;
}

export async function openedInViewer(page: Page): Promise<void> {
  await expect.poll(() => page.url()).toContain('/pdf-viewer.html?file=');
  await expect(page.locator('.textLayer').first()).toBeVisible();
}
