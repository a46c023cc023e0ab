import { build } from 'esbuild';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import type { MatcherAlias } from '../../utils/matcher/compile-matcher';
import { requireChromium } from '../lib/find-browser';
import type { ExtensionSession } from '../lib/launch-extension';
import { median } from './stats';

const ROOT = path.resolve(import.meta.dirname, '../..');

export async function bundleProbe(file: string): Promise<string> {
  const result = await build({
    entryPoints: [path.join(ROOT, 'scripts/bench/probes', file)],
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
    platform: 'browser',
  });
  return result.outputFiles[0]!.text;
}

export interface LoadMeasure {
  /** Main-thread task time of the page's renderer from navigation until settled (CDP TaskDuration). */
  taskMs: number;
  longestTaskMs: number;
  heapBytes: number;
  /** Repère's own first-scan measure, when the extension ran. */
  scanMs?: number;
  /** Main-thread time of Repère's reading itself (its `repere:scan-busy` measure). */
  busyMs?: number;
}

/**
 * Loads `url` in a fresh tab and measures the renderer's main-thread time
 * until the page has settled (for Repère: its first scan is done and nothing
 * has run for a while).
 */
export async function measureLoad(page: Page, url: string, { settle }: { settle: (page: Page) => Promise<void> }): Promise<LoadMeasure> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.addInitScript(() => {
    (window as unknown as { __longest: number }).__longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const state = window as unknown as { __longest: number };
        state.__longest = Math.max(state.__longest, entry.duration);
      }
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await settle(page);
  await page.waitForTimeout(400);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((entry) => entry.name === name)?.value ?? 0;
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const extra = await page.evaluate(() => ({
    longest: (window as unknown as { __longest: number }).__longest,
    scan: performance.getEntriesByName('repere:first-scan').at(-1)?.duration,
    busy: performance.getEntriesByName('repere:scan-busy').at(-1)?.duration,
  }));
  await cdp.detach();
  return {
    taskMs: metric('TaskDuration') * 1000,
    longestTaskMs: extra.longest,
    heapBytes: heap.usedSize,
    ...(extra.scan !== undefined ? { scanMs: extra.scan } : {}),
    ...(extra.busy !== undefined ? { busyMs: extra.busy } : {}),
  };
}

export interface PageCaseResult {
  name: string;
  url: string;
  runs: number;
  occurrences: number;
  withoutMs: number;
  withMs: number;
  addedMs: number;
  repereScanMs: number;
  repereBusyMs: number;
  floorMs: number;
  ratioToFloor: number;
  markJsMs: number | null;
  speedupVsMarkJs: number | null;
  longestTaskWithMs: number;
  longestTaskWithoutMs: number;
  heapAddedBytes: number;
}

export async function measurePageCase({
  name,
  url,
  runs,
  extension,
  plain,
  aliases,
  countOccurrences,
  probes,
  withMarkJs,
}: {
  name: string;
  url: string;
  runs: number;
  extension: ExtensionSession;
  plain: Browser;
  aliases: MatcherAlias[];
  countOccurrences: (page: Page) => Promise<number>;
  probes: { floor: string; markJs: string };
  withMarkJs: boolean;
}): Promise<PageCaseResult> {
  const without: LoadMeasure[] = [];
  const withRepere: LoadMeasure[] = [];
  const floor: number[] = [];
  const markJs: number[] = [];
  let occurrences = 0;
  for (let run = 0; run < runs; run++) {
    // Without and with, alternated in the same run, so machine noise hits both.
    const plainPage = await plain.newPage();
    without.push(await measureLoad(plainPage, url, { settle: async () => {} }));
    await plainPage.evaluate(probes.floor);
    floor.push((await plainPage.evaluate((aliases) => (window as unknown as { runFloor: (a: unknown) => { ms: number } }).runFloor(aliases), aliases)).ms);
    await plainPage.close();

    const page = await extension.context.newPage();
    withRepere.push(
      await measureLoad(page, url, {
        settle: async (loaded) => {
          occurrences = await countOccurrences(loaded);
        },
      }),
    );
    await page.close();

    if (withMarkJs && run < 3) {
      const markPage = await plain.newPage();
      await markPage.goto(url, { waitUntil: 'load' });
      await markPage.evaluate(probes.markJs);
      markJs.push(
        (await markPage.evaluate((aliases) => (window as unknown as { runMarkJs: (a: unknown) => { ms: number } }).runMarkJs(aliases), aliases)).ms,
      );
      await markPage.close();
    }
  }
  const withMs = median(withRepere.map((measure) => measure.taskMs));
  const withoutMs = median(without.map((measure) => measure.taskMs));
  const added = median(withRepere.map((measure, index) => measure.taskMs - without[index]!.taskMs));
  const scan = median(withRepere.map((measure) => measure.scanMs ?? 0));
  const floorMs = median(floor);
  const markJsMs = markJs.length ? median(markJs) : null;
  return {
    name,
    url,
    runs,
    occurrences,
    withoutMs,
    withMs,
    addedMs: added,
    repereScanMs: scan,
    repereBusyMs: median(withRepere.map((measure) => measure.busyMs ?? 0)),
    floorMs,
    ratioToFloor: added / Math.max(floorMs, 0.01),
    markJsMs,
    speedupVsMarkJs: markJsMs === null ? null : markJsMs / Math.max(added, 0.01),
    longestTaskWithMs: median(withRepere.map((measure) => measure.longestTaskMs)),
    longestTaskWithoutMs: median(without.map((measure) => measure.longestTaskMs)),
    heapAddedBytes: median(withRepere.map((measure, index) => measure.heapBytes - without[index]!.heapBytes)),
  };
}

export async function launchPlainChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: await requireChromium(),
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export interface DynamicResult {
  addedMs: number;
  withMs: number;
  withoutMs: number;
  lastBatchMarkedAfterMs: number;
  longestTaskWithMs: number;
  runs: number;
}

/**
 * A live blog: 20 batches of 10 health-policy paragraphs, one every 100 ms,
 * prepended to the page. Main-thread time with and without Repère, and how
 * long after the last batch its text is marked.
 */
export async function measureDynamic({
  url,
  runs,
  extension,
  plain,
}: {
  url: string;
  runs: number;
  extension: ExtensionSession;
  plain: Browser;
}): Promise<DynamicResult> {
  const run = async (page: Page, withRepere: boolean) => {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(500);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const task = async () => (await cdp.send('Performance.getMetrics')).metrics.find((metric) => metric.name === 'TaskDuration')!.value * 1000;
    const before = await task();
    // No named helpers inside evaluate(): tsx would wrap them in a __name() the page lacks.
    const result = await page.evaluate(async (withRepere) => {
      let longest = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
      }).observe({ type: 'longtask' });
      const ended = await (window as unknown as { runLiveBlog: (b: number, p: number, ms: number) => Promise<number> }).runLiveBlog(20, 10, 100);
      // Marks stop changing once Repère has read the last batch.
      let last = -1;
      let stableSince = performance.now();
      let lastChange = ended;
      while (withRepere && performance.now() - stableSince < 400) {
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
      return { markedAfter: Math.max(0, lastChange - ended), longest };
    }, withRepere);
    const after = await task();
    await cdp.detach();
    return { taskMs: after - before, ...result };
  };
  const withRuns: Awaited<ReturnType<typeof run>>[] = [];
  const withoutRuns: Awaited<ReturnType<typeof run>>[] = [];
  for (let i = 0; i < runs; i++) {
    const plainPage = await plain.newPage();
    withoutRuns.push(await run(plainPage, false));
    await plainPage.close();
    const page = await extension.context.newPage();
    withRuns.push(await run(page, true));
    await page.close();
  }
  return {
    withMs: median(withRuns.map((entry) => entry.taskMs)),
    withoutMs: median(withoutRuns.map((entry) => entry.taskMs)),
    addedMs: median(withRuns.map((entry, index) => entry.taskMs - withoutRuns[index]!.taskMs)),
    lastBatchMarkedAfterMs: median(withRuns.map((entry) => entry.markedAfter)),
    longestTaskWithMs: median(withRuns.map((entry) => entry.longest)),
    runs,
  };
}

/**
 * What any visible change costs on `page` as it stands: from adding a small
 * fixed box to the frame after the one that shows it (median of `samples`).
 * Measured in plain Chromium it is the floor under hover-to-card on that
 * page; measured with Repère it adds what its highlights cost each frame.
 */
export async function measureFrameFloor(page: Page, samples = 9): Promise<number> {
  // Source text: tsx would wrap named inner functions in a __name() the page lacks.
  const times = (await page.evaluate(`(async () => {
    const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const box = document.createElement('div');
    box.style.cssText = 'position:fixed;left:10px;top:10px;width:200px;height:100px;background:#fff;z-index:2147483646';
    const times = [];
    for (let i = 0; i < ${samples}; i++) {
      await nextFrame();
      const started = performance.now();
      document.documentElement.append(box);
      await nextFrame();
      times.push(performance.now() - started);
      box.remove();
    }
    return times;
  })()`)) as number[];
  return median(times);
}
