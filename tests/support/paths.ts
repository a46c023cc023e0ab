import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const FIXTURES_DIR = path.join(ROOT, 'tests/fixtures');
export const CHROME_BUILD_DIR = path.join(ROOT, '.output/chrome-mv3');

/** The five seed articles as fixture pages, by a short name. */
export const ARTICLES = {
  dsih2022: '/articles/2022-06-28-dsih-trois-ans-feuille-de-route.html',
  bilan2020: '/articles/2021-bilan-2020-feuille-de-route.html',
  premierBilan: '/articles/2020-premier-bilan-feuille-de-route.html',
  incyber2022: '/articles/2022-incyber-feuille-de-route-2023-2027.html',
  cns2020: '/articles/2020-06-cns-3-apres-covid.html',
} as const;
