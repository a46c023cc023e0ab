import type { Page as PlaywrightPage } from '@playwright/test';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { percentile } from './stats';

/**
 * A tab as the browser-neutral measurements need it, so the same code
 * measures Chromium (Playwright) and Firefox (puppeteer-core). Functions
 * given to `evaluate` must not name inner functions (tsx adds `__name`).
 */
export interface BenchTab {
  evaluate<Result, Arg>(fn: (arg: Arg) => Result | Promise<Result>, arg: Arg): Promise<Result>;
  move(x: number, y: number): Promise<void>;
  press(key: string): Promise<void>;
}

export function playwrightTab(page: PlaywrightPage): BenchTab {
  return {
    // Playwright types `arg` as its serialisable form; the journeys pass plain JSON.
    evaluate: (fn, arg) => page.evaluate(fn as never, arg),
    move: (x, y) => page.mouse.move(x, y),
    press: (key) => page.keyboard.press(key),
  };
}

export function puppeteerTab(page: PuppeteerPage): BenchTab {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    move: (x, y) => page.mouse.move(x, y),
    press: (key) => page.keyboard.press(key as never),
  };
}

async function until(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

/**
 * Repère's first scan of the loaded page: when it ended (ms from the
 * navigation's start) and the main-thread time it took.
 */
export async function firstScanOf(tab: BenchTab): Promise<{ firstScanMs: number; busyMs: number }> {
  const done = await until(() => tab.evaluate(() => performance.getEntriesByName('repere:scan-busy').length > 0, null), 120_000);
  if (!done) throw new Error('Repère did not finish its first scan within 120 s');
  return tab.evaluate(
    () => ({
      firstScanMs: (() => {
        const busy = performance.getEntriesByName('repere:scan-busy').at(-1)!;
        return busy.startTime + busy.duration;
      })(),
      busyMs: performance.getEntriesByName('repere:scan-busy').at(-1)!.duration,
    }),
    null,
  );
}

/**
 * Hover-to-card latency: from the decision to open (after the hover delay)
 * to the frame showing the card, Repère's `repere:card` measure.
 */
export async function measureHoverLatency(tab: BenchTab, hovers: number): Promise<{ p50: number; p95: number; samples: number }> {
  const available = await tab.evaluate(() => {
    let count = 0;
    for (const [name, highlight] of CSS.highlights) if (name !== 'repere-active') count += highlight.size;
    return count;
  }, null);
  const samples: number[] = [];
  for (let i = 0; i < Math.min(available, hovers); i++) {
    const point = await tab.evaluate((i) => {
      const ranges: Range[] = [];
      for (const [name, highlight] of CSS.highlights) if (name !== 'repere-active') ranges.push(...(highlight as unknown as Iterable<Range>));
      const range = ranges[(i * 37) % ranges.length]!;
      range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0]!;
      const x = rect.left + rect.width / 2;
      const y = rect.top + rect.height / 2;
      // Somewhere away from the term, inside the viewport (WebDriver refuses moves outside it).
      return { x, y, awayX: Math.min(innerWidth - 5, x + 300), awayY: y > innerHeight / 2 ? 5 : innerHeight - 5 };
    }, i);
    await tab.move(point.awayX, point.awayY);
    await tab.press('Escape');
    const before = await tab.evaluate(() => performance.getEntriesByName('repere:card').length, null);
    await tab.move(point.x, point.y);
    const opened = await until(async () => (await tab.evaluate(() => performance.getEntriesByName('repere:card').length, null)) > before, 5000);
    if (opened) samples.push(await tab.evaluate(() => performance.getEntriesByName('repere:card').at(-1)!.duration, null));
  }
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), samples: samples.length };
}
