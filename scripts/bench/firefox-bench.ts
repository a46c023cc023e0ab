import { launchFirefoxWithExtension } from '../lib/launch-firefox';
import { firstScanOf, measureHoverLatency, puppeteerTab } from './bench-tab';
import { median } from './stats';

interface FirefoxCaseResult {
  name: string;
  firstScanMs: number;
  busyMs: number;
}

export interface FirefoxBenchResult {
  cases: FirefoxCaseResult[];
  hover: { p50: number; p95: number; samples: number };
}

/**
 * The content-script figures in Firefox ESR (puppeteer-core, WebDriver
 * BiDi): Repère's first scan and the main-thread time it took on each page,
 * and hover-to-card. Firefox has no equivalent of Chromium's per-renderer
 * task clock over BiDi, so main-thread time here is Repère's own, measured
 * by the content script slice by slice (`repere:scan-busy`), the same
 * figure the Chromium table prints beside it.
 */
export async function benchFirefox({
  origin,
  cases,
  runs,
  hoverPath,
  hovers,
}: {
  origin: string;
  cases: { name: string; path: string }[];
  runs: number;
  hoverPath: string;
  hovers: number;
}): Promise<FirefoxBenchResult> {
  const session = await launchFirefoxWithExtension();
  try {
    const results: FirefoxCaseResult[] = [];
    for (const entry of cases) {
      const scans: { firstScanMs: number; busyMs: number }[] = [];
      for (let run = 0; run < runs; run++) {
        const page = await session.browser.newPage();
        await page.goto(origin + entry.path, { waitUntil: 'load', timeout: 120_000 });
        scans.push(await firstScanOf(puppeteerTab(page)));
        await page.close();
      }
      results.push({
        name: entry.name,
        firstScanMs: median(scans.map((scan) => scan.firstScanMs)),
        busyMs: median(scans.map((scan) => scan.busyMs)),
      });
    }
    const page = await session.browser.newPage();
    await page.goto(origin + hoverPath, { waitUntil: 'load', timeout: 120_000 });
    const tab = puppeteerTab(page);
    await firstScanOf(tab);
    const hover = await measureHoverLatency(tab, hovers);
    await page.close();
    return { cases: results, hover };
  } finally {
    await session.close();
  }
}
