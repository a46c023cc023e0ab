import os from 'node:os';
import path from 'node:path';
import { mkdtemp, rm } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { launchWithExtension, type ExtensionSession } from '../lib/launch-extension';
import { startStaticServer } from '../lib/static-server';
import { median } from './stats';

/**
 * Repère's PDF viewer on a 100-page document (issue 20), against the same
 * viewer with marking off (Repère paused: pdf.js alone renders the pages):
 *   - time from navigation to the first marked page (the first page whose
 *     text layer holds one of Repère's highlights), against the first text
 *     layer drawn with marking off;
 *   - time to scroll through every page, each waited for until it is
 *     marked (pdf.js renders lazily, as pages come into view), against
 *     the same scroll waiting only for each text layer;
 *   - the longest main-thread task while marking (target: none over 50 ms),
 *     beside the longest one pdf.js causes alone, and the longest script
 *     run inside a long animation frame (long-animation-frame attributes
 *     scripts of 5 ms or more): a long task with no long script in it is
 *     the browser's rendering (pdf.js's canvases, layout), not marking.
 * The document is made by the bench: Chromium's print to PDF of a page
 * naming programmes on each of its 100 pages.
 */
export interface PdfBenchResult {
  runs: number;
  pages: number;
  firstMarkedMs: number;
  firstTextUnmarkedMs: number;
  firstRatio: number;
  allMarkedMs: number;
  allRenderedUnmarkedMs: number;
  allRatio: number;
  longestTaskMs: number;
  tasksOver50Ms: number;
  unmarkedLongestTaskMs: number;
  unmarkedTasksOver50Ms: number;
  /** The longest script (5 ms or more) in a long frame while marking, and where it came from. */
  longestScript: { ms: number; source: string } | null;
  unmarkedLongestScript: { ms: number; source: string } | null;
}

interface ScriptRun {
  ms: number;
  source: string;
}

const PAGES = 100;
const PDF_PATH = '/bench/cent-pages.pdf';

function documentHtml(pages: number): string {
  const sections = Array.from(
    { length: pages },
    (_, index) => `<section><h2>Page ${index + 1}</h2>
<p>Le DMP est alimenté par les établissements de santé, et MSSanté relie les soignants entre eux.</p>
<p>L’ApCV se déploie en officine ; Mon espace santé rassemble les documents du patient.</p>
<p>L’INS identifie chaque patient, et Pro Santé Connect ouvre les services aux professionnels.</p></section>`,
  ).join('\n');
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Cent pages</title>
<style>body{font:15px/1.5 sans-serif;margin:0} section{break-after:page}</style></head><body>${sections}</body></html>`;
}

/** The document, printed by a Chromium page of the session itself. */
async function makePdf(session: ExtensionSession): Promise<Buffer> {
  const maker = await session.context.newPage();
  await maker.setContent(documentHtml(PAGES));
  const pdf = await maker.pdf({ format: 'A4' });
  await maker.close();
  return pdf;
}

/**
 * In the page before any of its scripts: every main-thread task over 50 ms.
 * Registered on the context, so every viewer tab opened later has it.
 */
function watchLongTasks(): void {
  const page = window as unknown as { __longTasks: number[]; __longScripts: { ms: number; source: string }[] };
  const seen: number[] = (page.__longTasks = []);
  const scripts: { ms: number; source: string }[] = (page.__longScripts = []);
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) seen.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { scripts: { duration: number; sourceURL: string; invoker: string }[] }[]) {
        for (const script of entry.scripts) {
          scripts.push({ ms: script.duration, source: `${script.sourceURL.split('/').pop() || '(native)'} ${script.invoker}` });
        }
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    // No longtask or long-animation-frame entries in this browser: the figures stay empty.
  }
}

function longestOf(runs: ScriptRun[]): ScriptRun | null {
  return runs.reduce<ScriptRun | null>((longest, run) => (!longest || run.ms > longest.ms ? run : longest), null);
}

/**
 * In the page: whether page `number` is done — its text layer drawn and,
 * when `marked`, one of Repère's highlights in it. Returns the time it was
 * seen done (performance.now(), from navigation), false until then.
 */
function pageDone({ number, marked }: { number: number; marked: boolean }): number | false {
  const layer = document.querySelector(`.page[data-page-number="${number}"] .textLayer`);
  if (!layer?.querySelector('span')) return false;
  if (marked) {
    let found = false;
    for (const [, highlight] of CSS.highlights) {
      for (const range of highlight as unknown as Set<AbstractRange>) {
        if (layer.contains(range.startContainer)) {
          found = true;
          break;
        }
      }
      if (found) break;
    }
    if (!found) return false;
  }
  return performance.now();
}

async function waitForPage(page: Page, number: number, marked: boolean): Promise<number> {
  const handle = await page.waitForFunction(pageDone, { number, marked }, { polling: 'raf', timeout: 60_000 });
  return (await handle.jsonValue()) as number;
}

interface ViewerRun {
  firstMs: number;
  allMs: number;
  longTasks: number[];
  longScripts: ScriptRun[];
}

/** One viewer tab on the document: first page done, then every page scrolled to and waited for. */
async function viewOnce(session: ExtensionSession, viewerUrl: string, marked: boolean): Promise<ViewerRun> {
  const page = await session.context.newPage();
  await page.bringToFront();
  await page.goto(viewerUrl);
  const firstMs = await waitForPage(page, 1, marked);
  const pages = await page.locator('.page').count();
  if (pages !== PAGES) throw new Error(`the viewer shows ${pages} pages, not ${PAGES}`);
  const start = await page.evaluate(() => performance.now());
  let end = start;
  for (let number = 1; number <= PAGES; number++) {
    await page.evaluate((n) => document.querySelector(`.page[data-page-number="${n}"]`)?.scrollIntoView({ block: 'start' }), number);
    end = await waitForPage(page, number, marked);
  }
  const { longTasks, longScripts } = await page.evaluate(() => {
    const seen = window as unknown as { __longTasks?: number[]; __longScripts?: ScriptRun[] };
    return { longTasks: seen.__longTasks ?? [], longScripts: seen.__longScripts ?? [] };
  });
  await page.close();
  return { firstMs, allMs: end - start, longTasks, longScripts };
}

async function setPaused(control: Page, paused: boolean): Promise<void> {
  const answer = await control.evaluate((value) => chrome.runtime.sendMessage({ type: 'update-settings', change: { paused: value } }), paused);
  if (!(answer as { ok?: boolean })?.ok) throw new Error(`the setting was refused: ${JSON.stringify(answer)}`);
}

export async function benchPdf({ runs }: { runs: number }): Promise<PdfBenchResult> {
  const emptyRoot = await mkdtemp(path.join(os.tmpdir(), 'repere-bench-pdf-'));
  const session = await launchWithExtension();
  let body: Buffer = Buffer.alloc(0);
  const server = await startStaticServer({
    root: emptyRoot,
    routes: [
      (request, response) => {
        if (new URL(request.url ?? '/', 'http://localhost').pathname !== PDF_PATH) return false;
        response.writeHead(200, { 'content-type': 'application/pdf', 'content-length': body.length, 'cache-control': 'no-store' });
        response.end(body);
        return true;
      },
    ],
  });
  try {
    body = await makePdf(session);
    await session.context.addInitScript(watchLongTasks);
    const control = await session.context.newPage();
    await control.goto(`chrome-extension://${session.extensionId}/options.html`);
    const viewerUrl = `chrome-extension://${session.extensionId}/pdf-viewer.html?file=${encodeURIComponent(server.origin + PDF_PATH)}`;
    const marked: ViewerRun[] = [];
    const unmarked: ViewerRun[] = [];
    // A warm-up load (worker, fonts, dataset in memory), then floor and measure alternated.
    await viewOnce(session, viewerUrl, true);
    for (let run = 0; run < runs; run++) {
      // Which goes first changes every run: the tab before leaves garbage and caches to the next.
      for (const paused of run % 2 === 0 ? [true, false] : [false, true]) {
        await setPaused(control, paused);
        (paused ? unmarked : marked).push(await viewOnce(session, viewerUrl, !paused));
      }
    }
    const tasks = marked.flatMap((entry) => entry.longTasks);
    const floorTasks = unmarked.flatMap((entry) => entry.longTasks);
    const firstMarkedMs = median(marked.map((entry) => entry.firstMs));
    const firstTextUnmarkedMs = median(unmarked.map((entry) => entry.firstMs));
    const allMarkedMs = median(marked.map((entry) => entry.allMs));
    const allRenderedUnmarkedMs = median(unmarked.map((entry) => entry.allMs));
    return {
      runs,
      pages: PAGES,
      firstMarkedMs,
      firstTextUnmarkedMs,
      firstRatio: firstMarkedMs / Math.max(firstTextUnmarkedMs, 0.01),
      allMarkedMs,
      allRenderedUnmarkedMs,
      allRatio: allMarkedMs / Math.max(allRenderedUnmarkedMs, 0.01),
      longestTaskMs: Math.max(0, ...tasks),
      tasksOver50Ms: tasks.filter((duration) => duration > 50).length / Math.max(runs, 1),
      unmarkedLongestTaskMs: Math.max(0, ...floorTasks),
      unmarkedTasksOver50Ms: floorTasks.filter((duration) => duration > 50).length / Math.max(runs, 1),
      longestScript: longestOf(marked.flatMap((entry) => entry.longScripts)),
      unmarkedLongestScript: longestOf(unmarked.flatMap((entry) => entry.longScripts)),
    };
  } finally {
    await server.close();
    await session.close();
    await rm(emptyRoot, { recursive: true, force: true });
  }
}

export function pdfSummary(result: PdfBenchResult): string {
  const ms = (value: number) => value.toFixed(1);
  const script = (run: ScriptRun | null) => (run ? `${ms(run.ms)} ms (${run.source})` : 'none of 5 ms or more');
  return [
    `PDF viewer, ${result.pages} pages (median of ${result.runs}): first marked page ${ms(result.firstMarkedMs)} ms vs first text layer with marking off ` +
      `${ms(result.firstTextUnmarkedMs)} ms → ${result.firstRatio.toFixed(2)}×`,
    `PDF viewer, scrolling through every page: all marked in ${ms(result.allMarkedMs)} ms vs all rendered with marking off ` +
      `${ms(result.allRenderedUnmarkedMs)} ms → ${result.allRatio.toFixed(2)}×`,
    `PDF viewer, longest task while marking ${ms(result.longestTaskMs)} ms, ${result.tasksOver50Ms} tasks over 50 ms per load (target: none); ` +
      `marking off: ${ms(result.unmarkedLongestTaskMs)} ms, ${result.unmarkedTasksOver50Ms} per load`,
    `PDF viewer, longest script in a long frame while marking: ${script(result.longestScript)}; marking off: ${script(result.unmarkedLongestScript)}`,
  ].join('\n');
}
