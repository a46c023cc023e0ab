import type { Page } from '@playwright/test';
import type { CDPSession } from '@playwright/test';
import { attributeProfile, medianCost, type ExtensionCost } from './extension-profile';
import type { ProfiledExtension } from './page-cost';
import { median } from './stats';

export interface LiveBlogResult {
  runs: number;
  repere: ExtensionCost;
  minimal: ExtensionCost;
  ratioToMinimal: number;
  /** From the last batch landing to Repère's marks no longer changing. */
  lastBatchMarkedAfterMs: number;
}

interface LiveBlogRun {
  cost: ExtensionCost;
  markedAfterMs: number;
}

/**
 * A live blog: 20 batches of 10 health-policy paragraphs, one every 100 ms,
 * prepended to a page already loaded. What each extension costs while the
 * page changes (profiled as in page-cost.ts), and how long after the last
 * batch Repère's marks stop changing.
 */
async function runOnce(page: Page, url: string, origin: string, watchMarks: boolean): Promise<LiveBlogRun> {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(800);
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  // No named helpers inside evaluate(): tsx would wrap them in a __name() the page lacks.
  const markedAfterMs = await page.evaluate(async (watchMarks) => {
    const ended = await (window as unknown as { runLiveBlog: (b: number, p: number, ms: number) => Promise<number> }).runLiveBlog(20, 10, 100);
    let last = -1;
    let stableSince = performance.now();
    let lastChange = ended;
    while (watchMarks && performance.now() - stableSince < 400) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      let count = 0;
      for (const [name, highlight] of CSS.highlights) if (name !== 'repere-active') count += highlight.size;
      if (count !== last) {
        last = count;
        stableSince = performance.now();
        lastChange = performance.now();
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    return Math.max(0, lastChange - ended);
  }, watchMarks);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Parameters<typeof attributeProfile>[0] };
  await cdp.detach();
  return { cost: attributeProfile(profile, [origin]), markedAfterMs };
}

export async function measureLiveBlog({
  url,
  runs,
  repere,
  minimal,
}: {
  url: string;
  runs: number;
  repere: ProfiledExtension;
  minimal: ProfiledExtension;
}): Promise<LiveBlogResult> {
  const repereRuns: LiveBlogRun[] = [];
  const minimalRuns: LiveBlogRun[] = [];
  for (let i = 0; i < runs; i++) {
    const minimalPage = await minimal.context.newPage();
    minimalRuns.push(await runOnce(minimalPage, url, minimal.origin, false));
    await minimalPage.close();
    const reperePage = await repere.context.newPage();
    repereRuns.push(await runOnce(reperePage, url, repere.origin, true));
    await reperePage.close();
  }
  const cost = (list: LiveBlogRun[]): ExtensionCost => medianCost(list.map((run) => run.cost));
  const repereCost = cost(repereRuns);
  const minimalCost = cost(minimalRuns);
  return {
    runs,
    repere: repereCost,
    minimal: minimalCost,
    ratioToMinimal: repereCost.attributedMs / Math.max(minimalCost.attributedMs, 0.1),
    lastBatchMarkedAfterMs: median(repereRuns.map((run) => run.markedAfterMs)),
  };
}
