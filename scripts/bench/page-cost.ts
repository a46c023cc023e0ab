import type { Browser, BrowserContext, Page } from '@playwright/test';
import type { MatcherAlias } from '../../utils/matcher/compile-matcher';
import { medianCost, profileNavigation, type ExtensionCost } from './extension-profile';
import { median } from './stats';

/** A browser with one extension loaded, and the origin its scripts' URLs start with. */
export interface ProfiledExtension {
  context: BrowserContext;
  origin: string;
}

export interface PageCostResult {
  name: string;
  runs: number;
  occurrences: number;
  repere: ExtensionCost;
  minimal: ExtensionCost;
  /** Repère's attributed time over the minimal extension's (the no-programme target). */
  ratioToMinimal: number;
  floorMs: number;
  /** Repère's attributed time over the floor (the target for pages full of programmes). */
  ratioToFloor: number;
  markJsMs: number | null;
  /** Repère's own slices (its `repere:scan-busy` measure): a breakdown, not the cost. */
  repereSelfTimedMs: number;
}

/** Quiet time after load for a page where nothing more happens (a page naming no programme). */
const SETTLE_MS = 1200;

/**
 * Settled: at least SETTLE_MS after load, and, where `expectMark`, once
 * Repère's marker has finished its first reading (its `repere:scan-busy`
 * measure), however long that takes.
 */
async function waitForSettled(page: Page, { expectMark }: { expectMark: boolean }): Promise<void> {
  await page.waitForTimeout(SETTLE_MS);
  if (expectMark) {
    await page.waitForFunction(() => performance.getEntriesByName('repere:scan-busy').length > 0, null, { timeout: 120_000, polling: 50 });
  }
}

/**
 * One page, several runs, the three contestants in each run (so machine
 * noise hits them alike): Repère and the minimal extension profiled from
 * navigation until settled, the floor and mark.js timed in a plain tab.
 */
export async function measurePageCost({
  name,
  url,
  runs,
  repere,
  minimal,
  plain,
  aliases,
  probes,
  withMarkJs,
  countOccurrences,
  expectsMarks,
}: {
  name: string;
  url: string;
  runs: number;
  repere: ProfiledExtension;
  minimal: ProfiledExtension;
  plain: Browser;
  aliases: MatcherAlias[];
  probes: { floor: string; markJs: string };
  withMarkJs: boolean;
  countOccurrences: (page: Page) => Promise<number>;
  /** The page names programmes: Repère's marker will run on it. */
  expectsMarks: boolean;
}): Promise<PageCostResult> {
  const repereCosts: ExtensionCost[] = [];
  const minimalCosts: ExtensionCost[] = [];
  const selfTimed: number[] = [];
  const floor: number[] = [];
  const markJs: number[] = [];
  let occurrences = 0;
  for (let run = 0; run < runs; run++) {
    const minimalPage = await minimal.context.newPage();
    minimalCosts.push(
      await profileNavigation(minimalPage, { url, origins: [minimal.origin], settle: (page) => waitForSettled(page, { expectMark: false }) }),
    );
    await minimalPage.close();

    const reperePage = await repere.context.newPage();
    repereCosts.push(
      await profileNavigation(reperePage, {
        url,
        origins: [repere.origin],
        settle: (page) => waitForSettled(page, { expectMark: expectsMarks }),
      }),
    );
    occurrences = await countOccurrences(reperePage);
    selfTimed.push(await reperePage.evaluate(() => performance.getEntriesByName('repere:scan-busy').at(-1)?.duration ?? 0));
    await reperePage.close();

    const plainPage = await plain.newPage();
    await plainPage.goto(url, { waitUntil: 'load' });
    await plainPage.evaluate(probes.floor);
    floor.push((await plainPage.evaluate((aliases) => (window as unknown as { runFloor: (a: unknown) => { ms: number } }).runFloor(aliases), aliases)).ms);
    await plainPage.close();

    if (withMarkJs && run < 3) {
      const markPage = await plain.newPage();
      await markPage.goto(url, { waitUntil: 'load' });
      await markPage.evaluate(probes.markJs);
      markJs.push((await markPage.evaluate((aliases) => (window as unknown as { runMarkJs: (a: unknown) => { ms: number } }).runMarkJs(aliases), aliases)).ms);
      await markPage.close();
    }
  }
  const repereCost = medianCost(repereCosts);
  const minimalCost = medianCost(minimalCosts);
  const floorMs = median(floor);
  return {
    name,
    runs,
    occurrences,
    repere: repereCost,
    minimal: minimalCost,
    ratioToMinimal: repereCost.attributedMs / Math.max(minimalCost.attributedMs, 0.1),
    floorMs,
    ratioToFloor: repereCost.attributedMs / Math.max(floorMs, 0.1),
    markJsMs: markJs.length ? median(markJs) : null,
    repereSelfTimedMs: median(selfTimed),
  };
}
