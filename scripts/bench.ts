/**
 * npm run bench — what Repère costs a reader, measured in a real headless
 * Chromium, side by side in one run (DESIGN.md, "Measuring speed"):
 *   - on every page case, the main-thread time the extension causes, as
 *     V8's sampling profiler attributes it (any extension frame on the
 *     stack, from navigation until settled), beside a minimal extension
 *     with the same content-script declaration; on pages full of
 *     programmes, beside the floor (a bare walk, one native regex and
 *     CSS.highlights) and mark.js;
 *   - a live blog; hover to card against the browser's own frame floor;
 *     applying a release ten times the bundled size;
 *   - the same pages in Firefox ESR;
 *   - the popup's first screen and the roadmap page against their floors
 *     (scripts/bench/popup-roadmap-bench.ts; alone: `--only popup`);
 *   - Repère's PDF viewer on a 100-page PDF against the same viewer with
 *     marking off (scripts/bench/pdf-bench.ts; alone: `--only pdf`).
 * Medians and ratios are printed and written to .output/bench/results.json.
 *
 *   npm run bench -- --runs 5 [--quick] [--skip-build] [--only pages,live,hover,sync,firefox,popup,pdf]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import type { Release } from '../utils/dataset/schema';
import { buildTermIndex } from '../utils/dataset/term-index';
import { compileMatcher } from '../utils/matcher/compile-matcher';
import { buildPagePrefilter, pageMayName } from '../utils/matcher/prefilter';
import { buildBenchPages, benchPagesRoute } from './bench/bench-pages';
import { measureHoverLatency, playwrightTab } from './bench/bench-tab';
import { bundleProbe, launchPlainChromium, measureFrameFloor } from './bench/chromium-bench';
import { benchFirefox, type FirefoxBenchResult } from './bench/firefox-bench';
import { measureLiveBlog, type LiveBlogResult } from './bench/live-blog-cost';
import { writeMinimalExtension } from './bench/minimal-extension';
import { measurePageCost, type PageCostResult, type ProfiledExtension } from './bench/page-cost';
import { benchPdf, pdfSummary, type PdfBenchResult } from './bench/pdf-bench';
import { renderReport } from './bench/report';
import { benchPopupAndRoadmap, popupRoadmapSummary, type PopupRoadmapResult } from './bench/popup-roadmap-bench';
import { measureApply, type SyncBenchResult } from './bench/sync-bench';
import { findFirefox, requireChromium } from './lib/find-browser';
import { launchWithExtension, CHROME_BUILD_DIR } from './lib/launch-extension';
import { FIREFOX_BUILD_DIR } from './lib/launch-firefox';
import { startStaticServer } from './lib/static-server';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT_DIR = path.join(ROOT, '.output/bench');
const PARTS = ['pages', 'live', 'hover', 'sync', 'firefox', 'popup', 'pdf'] as const;
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    quick: { type: 'boolean', default: false },
    'skip-build': { type: 'boolean', default: false },
    only: { type: 'string', default: PARTS.join(',') },
  },
});
const runs = Number(values.runs);
const only = new Set(values.only.split(','));
const wants = (part: (typeof PARTS)[number]) => only.has(part);

if (!values['skip-build'] || !existsSync(CHROME_BUILD_DIR)) {
  console.log('[bench] building the extension…');
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
}
const firefoxPath = wants('firefox') ? findFirefox() : null;
if (firefoxPath && (!values['skip-build'] || !existsSync(FIREFOX_BUILD_DIR))) {
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: ROOT, stdio: 'inherit' });
}

const bundledText = readFileSync(path.join(CHROME_BUILD_DIR, 'dataset/bundled.json'), 'utf8');
const bundled = JSON.parse(bundledText) as Release;
const index = buildTermIndex(bundled);
const prefilter = buildPagePrefilter(index.aliases);
const pages = buildBenchPages(compileMatcher(index.aliases), (word) => pageMayName(prefilter, word) || pageMayName(prefilter, word[0]!.toUpperCase() + word.slice(1)));
const server = await startStaticServer({ root: path.join(ROOT, 'tests/fixtures'), routes: [benchPagesRoute(pages)] });
const extension = await launchWithExtension();
const repere: ProfiledExtension = { context: extension.context, origin: `chrome-extension://${extension.extensionId}/` };
const minimal = await launchMinimal();
const plain = await launchPlainChromium();
const probes = { floor: await bundleProbe('floor-probe.ts'), markJs: await bundleProbe('markjs-probe.ts') };

/** The minimal extension, in its own browser: the cost of any content script at all. */
async function launchMinimal(): Promise<ProfiledExtension & { close(): Promise<void> }> {
  const dir = await writeMinimalExtension();
  const context = await chromium.launchPersistentContext('', {
    executablePath: await requireChromium(),
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, '--no-sandbox', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  return { context, origin: `chrome-extension://${new URL(worker.url()).host}/`, close: () => context.close() };
}

const control = await extension.context.newPage();
await control.goto(`${repere.origin}options.html`);
async function occurrencesOn(page: Page): Promise<number> {
  const answer = await control.evaluate(async (url) => {
    const [tab] = await chrome.tabs.query({ url });
    return (await chrome.tabs.sendMessage(tab!.id!, { type: 'page-terms' }, { frameId: 0 })) as { terms: { count: number }[] };
  }, page.url());
  return answer.terms.reduce((sum, term) => sum + term.count, 0);
}

const SEEDS = [
  ['seed: DSIH 2022-06-28', '/articles/2022-06-28-dsih-trois-ans-feuille-de-route.html'],
  ['seed: bilan 2020', '/articles/2021-bilan-2020-feuille-de-route.html'],
  ['seed: premier bilan 2020', '/articles/2020-premier-bilan-feuille-de-route.html'],
  ['seed: Incyber 2022', '/articles/2022-incyber-feuille-de-route-2023-2027.html'],
  ['seed: CNS juin 2020', '/articles/2020-06-cns-3-apres-covid.html'],
] as const;
const cases = [
  { name: 'no programme: 30 KB article', path: '/bench/plain-30kb.html', kind: 'no-programme', markJs: false },
  { name: 'no programme: 30 KB + 6 frames', path: '/bench/plain-30kb-frames.html', kind: 'no-programme', markJs: false },
  { name: 'no programme: 1 MB', path: '/bench/plain-1mb.html', kind: 'no-programme', markJs: false },
  { name: 'health 1 MB (seed paragraphs)', path: '/bench/health-1mb.html', kind: 'programmes', markJs: true },
  ...(values.quick ? [] : SEEDS.map(([name, page]) => ({ name, path: page, kind: 'programmes', markJs: true }))),
] as const;

const pageResults: (PageCostResult & { kind: string })[] = [];
if (wants('pages')) {
  for (const entry of cases) {
    console.log(`[bench] ${entry.name} (${runs} runs)…`);
    const result = await measurePageCost({
      name: entry.name,
      url: server.origin + entry.path,
      runs,
      repere,
      minimal,
      plain,
      aliases: index.aliases,
      probes,
      withMarkJs: entry.markJs,
      countOccurrences: occurrencesOn,
      expectsMarks: entry.kind !== 'no-programme',
    });
    pageResults.push({ ...result, kind: entry.kind });
  }
}

let liveBlog: LiveBlogResult | null = null;
if (wants('live')) {
  console.log('[bench] live blog…');
  liveBlog = await measureLiveBlog({ url: `${server.origin}/bench/dynamic.html`, runs: Math.min(runs, 3), repere, minimal });
}

let hover: { p50: number; p95: number; samples: number; frameFloorMs: number; frameWithRepereMs: number } | null = null;
if (wants('hover')) {
  console.log('[bench] hover to card…');
  const hoverPage = await extension.context.newPage();
  await hoverPage.goto(`${server.origin}/bench/health-1mb.html`);
  await occurrencesOn(hoverPage);
  const latency = await measureHoverLatency(playwrightTab(hoverPage), values.quick ? 10 : 30);
  const frameWithRepereMs = await measureFrameFloor(hoverPage);
  await hoverPage.close();
  const plainHoverPage = await plain.newPage({ viewport: { width: 1280, height: 900 } });
  await plainHoverPage.goto(`${server.origin}/bench/health-1mb.html`);
  const frameFloorMs = await measureFrameFloor(plainHoverPage);
  await plainHoverPage.close();
  hover = { ...latency, frameFloorMs, frameWithRepereMs };
}

let apply: SyncBenchResult | null = null;
if (wants('sync')) {
  console.log('[bench] applying a release 10× the bundled one…');
  apply = await measureApply({ extension, bundled, bundledBytes: bundledText.length, runs: Math.min(runs, 3) });
}

let firefox: FirefoxBenchResult | null = null;
if (firefoxPath) {
  console.log('[bench] the pages naming programmes in Firefox ESR…');
  // Only where Repère marks something: Firefox's figure is Repère's own
  // first scan (there is no profiler over BiDi), and a page naming no
  // programme never starts one. A failure here keeps the Chromium figures.
  try {
    firefox = await benchFirefox({
      origin: server.origin,
      cases: cases.filter((entry) => entry.kind === 'programmes').slice(0, 3),
      runs,
      hoverPath: '/bench/health-1mb.html',
      hovers: values.quick ? 10 : 30,
    });
  } catch (error) {
    console.error(`[bench] the Firefox figures failed: ${(error as Error).message}`);
  }
} else if (wants('firefox')) {
  console.log('[bench] no Firefox found: the Firefox figures are skipped (install firefox-esr).');
}

let popupRoadmap: PopupRoadmapResult | null = null;
if (wants('popup')) {
  console.log('[bench] popup first screen and roadmap page…');
  popupRoadmap = await benchPopupAndRoadmap({ bundled, origin: server.origin, runs });
}

let pdf: PdfBenchResult | null = null;
if (wants('pdf')) {
  console.log('[bench] the PDF viewer on a 100-page document…');
  pdf = await benchPdf({ runs });
}

const contentScripts = ['content.js', 'content-marker.js', 'content-card.js']
  .map((name) => path.join(CHROME_BUILD_DIR, 'content-scripts', name))
  .filter((file) => existsSync(file))
  .map((file) => ({ name: path.basename(file), bytes: statSync(file).size }));
await plain.close();
await minimal.close();
await extension.close();
await server.close();

const results = {
  date: new Date().toISOString(),
  machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version },
  runs,
  pages: pageResults,
  liveBlog,
  hover,
  apply,
  contentScripts,
  firefox,
  popupRoadmap,
  pdf,
};
const summary = [renderReport(results), ...(popupRoadmap ? ['', popupRoadmapSummary(popupRoadmap)] : []), ...(pdf ? ['', pdfSummary(pdf)] : [])].join('\n');
console.log(`\n${summary}\n`);
await mkdir(OUT_DIR, { recursive: true });
await writeFile(path.join(OUT_DIR, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
await writeFile(path.join(OUT_DIR, 'results.md'), `${summary}\n`);
console.log(`[bench] results written to ${path.join(OUT_DIR, 'results.json')}`);
