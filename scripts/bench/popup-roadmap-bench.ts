import { build } from 'esbuild';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { Release } from '../../utils/dataset/schema';
import { CHROME_BUILD_DIR, launchWithExtension, type ExtensionSession } from '../lib/launch-extension';
import { attributeProfile, medianCost, topFrames, type ExtensionCost } from './extension-profile';
import { median } from './stats';
import { inflateRelease } from './inflate-release';

/**
 * The popup's and the roadmap page's speed (issue 16), each against a floor
 * measured in the same run and the same extension:
 *   - the popup's first screen (this page's programmes, the next 12 months,
 *     the slips) against an empty Preact popup (target: ≤ 1.5×);
 *   - the roadmap page with every programme drawn against the same number
 *     of plain SVG circles (target: ≤ 2×);
 *   - the roadmap page with a release ten times the bundled one: the
 *     longest task while it draws (target: none over 50 ms).
 * Times run from navigation to the `performance.mark` each page leaves in
 * the task after the frame that shows it. The floors are probe pages added
 * to a copy of the built extension, so the product ships none of them.
 */
export interface PopupRoadmapResult {
  runs: number;
  popupFirstScreenMs: number;
  emptyPopupMs: number;
  popupRatio: number;
  roadmapMs: number;
  marks: number;
  circlesMs: number;
  roadmapRatio: number;
  /** The main-thread time of the popup's and the roadmap page's own code until their mark: where the time goes. */
  popupCost: ExtensionCost;
  roadmapCost: ExtensionCost;
  inflated: { marks: number; drawnMs: number; longestTaskMs: number; tasksOver50Ms: number };
}

const PROBES = path.join(import.meta.dirname, 'probes');

async function extensionWithProbes(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'repere-bench-ext-'));
  await cp(CHROME_BUILD_DIR, dir, { recursive: true });
  for (const [name, entry] of [
    ['bench-empty-popup', 'empty-popup-probe.tsx'],
    ['bench-circles', 'circles-probe.ts'],
  ] as const) {
    await build({
      entryPoints: [path.join(PROBES, entry)],
      bundle: true,
      minify: true,
      format: 'esm',
      jsx: 'automatic',
      jsxImportSource: 'preact',
      outfile: path.join(dir, `${name}.js`),
    });
    await writeFile(path.join(dir, `${name}.html`), `<!doctype html><meta charset="utf-8"><div id="app"></div><script type="module" src="./${name}.js"></script>`);
  }
  return dir;
}

/** Opens `url` in a fresh foreground tab and returns when `mark` appears: its time from navigation, and the tab. */
async function timeToMark(
  session: ExtensionSession,
  url: string,
  mark: string,
  viewport: { width: number; height: number },
  { watchLongTasks = false } = {},
) {
  const page = await session.context.newPage();
  await page.setViewportSize(viewport);
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  if (watchLongTasks) {
    await page.addInitScript(() => {
      const seen: number[] = ((window as unknown as { __longTasks: number[] }).__longTasks = []);
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) seen.push(entry.duration);
      }).observe({ type: 'longtask' });
    });
  }
  await page.bringToFront();
  await page.goto(url);
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark, { timeout: 60_000 });
  const ms = await page.evaluate((name) => performance.getEntriesByName(name)[0]!.startTime, mark);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Parameters<typeof attributeProfile>[0] };
  await cdp.detach();
  return { ms, page, cost: attributeProfile(profile, [`chrome-extension://${session.extensionId}/`]) };
}

/** The durations of the tasks over 50 ms the page ran since it opened (watched from before its first script). */
function longTasks(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as { __longTasks?: number[] }).__longTasks ?? []);
}

export async function benchPopupAndRoadmap({
  bundled,
  origin,
  runs,
}: {
  bundled: Release;
  /** The fixture server (tests/fixtures): its seed article is the page the popup talks about. */
  origin: string;
  runs: number;
}): Promise<PopupRoadmapResult> {
  const articleUrl = `${origin}/articles/2022-06-28-dsih-trois-ans-feuille-de-route.html`;
  const extensionDir = await extensionWithProbes();
  const session = await launchWithExtension({ extensionDir });
  const base = `chrome-extension://${session.extensionId}`;
  try {
    const article = await session.context.newPage();
    await article.goto(articleUrl);
    const control = await session.context.newPage();
    await control.goto(`${base}/options.html`);
    const tabId = await control.evaluate(async (url) => (await chrome.tabs.query({})).find((tab) => tab.url === url)!.id!, articleUrl);
    const popupView = { width: 400, height: 600 };
    const roadmapView = { width: 1280, height: 900 };
    const popup: number[] = [];
    const empty: number[] = [];
    const roadmap: number[] = [];
    const circles: number[] = [];
    const popupCosts: ExtensionCost[] = [];
    const roadmapCosts: ExtensionCost[] = [];
    let marks = 0;
    for (let run = 0; run < runs; run++) {
      // Floor and measure alternated in the same run, so machine noise hits both.
      for (const [url, mark, view, into] of [
        [`${base}/bench-empty-popup.html`, 'repere:popup-first-screen', popupView, empty],
        [`${base}/popup.html?tab=${tabId}`, 'repere:popup-first-screen', popupView, popup],
      ] as const) {
        const { ms, page, cost } = await timeToMark(session, url, mark, view);
        into.push(ms);
        if (into === popup) popupCosts.push(cost);
        await page.close();
      }
      const drawn = await timeToMark(session, `${base}/roadmap.html`, 'repere:roadmap-drawn', roadmapView);
      roadmap.push(drawn.ms);
      roadmapCosts.push(drawn.cost);
      marks = await drawn.page.locator('.chart-area .mark').count();
      await drawn.page.close();
      const floor = await timeToMark(session, `${base}/bench-circles.html?n=${marks}`, 'repere:roadmap-drawn', roadmapView);
      circles.push(floor.ms);
      await floor.page.close();
    }

    // Ten times the bundled release, installed as a reader would import a file.
    const inflated = await inflateRelease(bundled, 10, '9999.1.1');
    const answer = await control.evaluate((text) => chrome.runtime.sendMessage({ type: 'import-release', text }), JSON.stringify(inflated));
    if (!(answer as { ok?: boolean })?.ok) throw new Error(`the 10× release was refused: ${JSON.stringify(answer)}`);
    const big = await timeToMark(session, `${base}/roadmap.html`, 'repere:roadmap-drawn', roadmapView, { watchLongTasks: true });
    const tasks = await longTasks(big.page);
    const bigMarks = await big.page.locator('.chart-area .mark').count();
    await big.page.close();
    await control.evaluate(() => chrome.runtime.sendMessage({ type: 'reset-to-bundled' }));

    const popupMs = median(popup);
    const emptyMs = median(empty);
    const roadmapMs = median(roadmap);
    const circlesMs = median(circles);
    return {
      runs,
      popupFirstScreenMs: popupMs,
      emptyPopupMs: emptyMs,
      popupRatio: popupMs / Math.max(emptyMs, 0.01),
      roadmapMs,
      marks,
      circlesMs,
      roadmapRatio: roadmapMs / Math.max(circlesMs, 0.01),
      popupCost: medianCost(popupCosts),
      roadmapCost: medianCost(roadmapCosts),
      inflated: {
        marks: bigMarks,
        drawnMs: big.ms,
        longestTaskMs: Math.max(0, ...tasks),
        tasksOver50Ms: tasks.filter((duration) => duration > 50).length,
      },
    };
  } finally {
    await session.close();
    await rm(extensionDir, { recursive: true, force: true });
  }
}

export function popupRoadmapSummary(result: PopupRoadmapResult): string {
  const ms = (value: number) => value.toFixed(1);
  const frames = (cost: ExtensionCost) =>
    topFrames(cost, 6)
      .map((entry) => `${entry.frame} ${entry.ms.toFixed(1)}`)
      .join(', ');
  return [
    `Popup first screen: ${ms(result.popupFirstScreenMs)} ms vs an empty Preact popup ${ms(result.emptyPopupMs)} ms → ${result.popupRatio.toFixed(2)}× (target ≤ 1.5×)`,
    `Roadmap page, ${result.marks} marks: ${ms(result.roadmapMs)} ms vs ${result.marks} plain SVG circles ${ms(result.circlesMs)} ms → ${result.roadmapRatio.toFixed(2)}× (target ≤ 2×)`,
    `Roadmap page with a release 10× the bundled one (${result.inflated.marks} marks): drawn in ${ms(result.inflated.drawnMs)} ms, ` +
      `longest task ${ms(result.inflated.longestTaskMs)} ms, ${result.inflated.tasksOver50Ms} tasks over 50 ms (target: none)`,
    `  where the popup's time goes: its own code ${ms(result.popupCost.attributedMs)} ms of main thread (the rest is loading and waiting) — ${frames(result.popupCost)}`,
    `  where the roadmap page's time goes: its own code ${ms(result.roadmapCost.attributedMs)} ms — ${frames(result.roadmapCost)}`,
  ].join('\n');
}
