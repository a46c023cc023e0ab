/**
 * What the Chrome Web Store and addons.mozilla.org (AMO) accept, in one
 * place: the listing test checks docs/store/ against the text limits, and
 * `npm run store:assets` writes and checks images at these sizes.
 *
 * Where each number comes from (read 2026-12-02):
 * - Chrome Web Store: the manifest `description`, which the store shows as
 *   the item's summary, is plain text of at most 132 characters (Chrome's
 *   manifest reference, "description"); screenshots are exactly 1280×800 or
 *   640×400, the small promo tile 440×280, the marquee 1400×560 (Chrome Web
 *   Store "Supplying images"); the detailed description is capped at 16,000
 *   characters by the developer dashboard.
 * - AMO: the summary is at most 250 characters and the description at least
 *   10 (addons-server DescribeForm); screenshots are 4:3, at least 1000×750
 *   and at most 2400×1800 (addons-server ADDON_PREVIEW_SIZES, mozilla/addons
 *   issue 6009); the add-on name at most 50 characters.
 */
export const TEXT_LIMITS = {
  chromeSummaryMax: 132,
  chromeDescriptionMax: 16_000,
  amoSummaryMax: 250,
  amoDescriptionMin: 10,
  amoNameMax: 50,
} as const;

export interface ImageSize {
  width: number;
  height: number;
}

export const IMAGE_SIZES = {
  chromeScreenshot: { width: 1280, height: 800 },
  chromeSmallPromoTile: { width: 440, height: 280 },
  /** 4:3, between AMO's minimum (1000×750) and maximum (2400×1800). */
  amoScreenshot: { width: 1280, height: 960 },
} as const satisfies Record<string, ImageSize>;

export const LISTING_LANGUAGES = ['fr', 'en'] as const;
