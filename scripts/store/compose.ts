import type { Page } from '@playwright/test';
import type { Language } from '../../utils/dates/format-date';
import type { ImageSize } from './store-requirements';

const dataUrl = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;

/** Renders `html` in `page` at exactly `size` and captures it (the fonts are the browser's own). */
async function capture(page: Page, html: string, size: ImageSize, file: string): Promise<void> {
  await page.setViewportSize(size);
  await page.setContent(html, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.screenshot({ path: file });
}

/**
 * The popup as a reader sees it: open over the article it was opened on,
 * near the toolbar's top right corner. Both pictures are real captures of
 * the built extension; only their placement is composed.
 */
export function composePopupOverArticle({
  page,
  article,
  popup,
  size,
  file,
}: {
  page: Page;
  article: Buffer;
  popup: Buffer;
  size: ImageSize;
  file: string;
}): Promise<void> {
  const html = `<!doctype html><html><body style="margin:0;overflow:hidden;background:#fff">
    <img src="${dataUrl(article)}" style="position:absolute;inset:0;width:${size.width}px;height:${size.height}px;filter:brightness(0.82)">
    <img src="${dataUrl(popup)}" style="position:absolute;top:12px;right:48px;border-radius:10px;box-shadow:0 12px 40px rgba(0,0,0,.35),0 0 0 1px rgba(0,0,0,.2)">
  </body></html>`;
  return capture(page, html, size, file);
}

const TAGLINES: Record<Language, string> = {
  fr: 'Où en est chaque programme du numérique en santé, daté et sourcé.',
  en: 'Where each French digital-health programme stands, dated and sourced.',
};

/** The small promo tile: the icon, the name and one line, large enough to read at 440×280. */
export function composePromoTile({ page, icon, language, size, file }: { page: Page; icon: Buffer; language: Language; size: ImageSize; file: string }): Promise<void> {
  const html = `<!doctype html><html lang="${language}"><body style="margin:0;width:${size.width}px;height:${size.height}px;overflow:hidden;
      display:flex;flex-direction:column;justify-content:center;gap:14px;padding:0 36px;box-sizing:border-box;
      background:linear-gradient(135deg,#0b57d0,#083b8c);color:#fff;font-family:system-ui,'Segoe UI',Roboto,sans-serif">
    <div style="display:flex;align-items:center;gap:16px">
      <img src="${dataUrl(icon)}" width="84" height="84" alt="">
      <span style="font-size:50px;font-weight:700;letter-spacing:-0.5px">Repère</span>
    </div>
    <p style="margin:0;font-size:23px;line-height:1.3;font-weight:500">${TAGLINES[language]}</p>
  </body></html>`;
  return capture(page, html, size, file);
}
