/**
 * npm run bench — Repère's performance, measured in a real headless
 * Chromium, side by side in one run:
 *   - main-thread time the extension adds to a page (same page with and
 *     without it), on a 1 MB unrelated page, a 1 MB health-policy page, the
 *     five seed articles and a live-blog page;
 *   - Repère against the floor (a bare walk-and-match pass that changes
 *     nothing) and against mark.js highlighting the same aliases;
 *   - the longest task, hover-to-card latency, content-script heap, the
 *     content script's size;
 *   - applying a release ten times the bundled size in the service worker,
 *     and how long a lookup waits meanwhile.
 * Each case runs several times; medians (and p95 for latencies) are printed
 * as a table and written to .output/bench/results.json.
 *
 *   npm run bench -- --runs 5 --quick
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from '@playwright/test';
import type { Release } from '../utils/dataset/schema';
import { buildTermIndex } from '../utils/dataset/term-index';
import { compileMatcher } from '../utils/matcher/compile-matcher';
import { buildBenchPages, benchPagesRoute } from './bench/bench-pages';
import { measureHoverLatency, playwrightTab } from './bench/bench-tab';
import {
  bundleProbe,
  launchPlainChromium,
  measureDynamic,
  measureFrameFloor,
  measurePageCase,
  type PageCaseResult,
} from './bench/chromium-bench';
import { benchFirefox, type FirefoxBenchResult } from './bench/firefox-bench';
import { findFirefox } from './lib/find-browser';
import { measureApply } from './bench/sync-bench';
import { benchPopupAndRoadmap, popupRoadmapSummary } from './bench/popup-roadmap-bench';
import { launchWithExtension, CHROME_BUILD_DIR } from './lib/launch-extension';
import { FIREFOX_BUILD_DIR } from './lib/launch-firefox';
import { startStaticServer } from './lib/static-server';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT_DIR = path.join(ROOT, '.output/bench');
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    quick: { type: 'boolean', default: false },
    'skip-build': { type: 'boolean', default: false },
    // `--only popup`: the popup and roadmap page figures alone (scripts/bench/popup-roadmap-bench.ts).
    only: { type: 'string' },
  },
});
const runs = Number(values.runs);

if (!values['skip-build'] || !existsSync(CHROME_BUILD_DIR)) {
  console.log('[bench] building the extension…');
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
}
if (values.only === 'popup') {
  const bundled = JSON.parse(readFileSync(path.join(CHROME_BUILD_DIR, 'dataset/bundled.json'), 'utf8')) as Release;
  const server = await startStaticServer({ root: path.join(ROOT, 'tests/fixtures') });
  const result = await benchPopupAndRoadmap({ bundled, origin: server.origin, runs });
  await server.close();
  console.log(`\n${popupRoadmapSummary(result)}\n`);
  await mkdir(OUT_DIR, { recursive: true });
  await writeFile(path.join(OUT_DIR, 'popup-roadmap.json'), `${JSON.stringify(result, null, 2)}\n`);
  process.exit(0);
}
const firefoxPath = findFirefox();
if (firefoxPath && (!values['skip-build'] || !existsSync(FIREFOX_BUILD_DIR))) {
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: ROOT, stdio: 'inherit' });
}

const bundledText = readFileSync(path.join(CHROME_BUILD_DIR, 'dataset/bundled.json'), 'utf8');
const bundled = JSON.parse(bundledText) as Release;
const index = buildTermIndex(bundled);
const matcher = compileMatcher(index.aliases);
const pages = buildBenchPages(matcher);
const server = await startStaticServer({ root: path.join(ROOT, 'tests/fixtures'), routes: [benchPagesRoute(pages)] });
const extension = await launchWithExtension();
const plain = await launchPlainChromium();
const probes = { floor: await bundleProbe('floor-probe.ts'), markJs: await bundleProbe('markjs-probe.ts') };

const control = await extension.context.newPage();
await control.goto(`chrome-extension://${extension.extensionId}/options.html`);
async function occurrencesOn(page: Page): Promise<number> {
  const url = page.url();
  const answer = await control.evaluate(async (url) => {
    const [tab] = await chrome.tabs.query({ url });
    return (await chrome.tabs.sendMessage(tab!.id!, { type: 'page-terms' }, { frameId: 0 })) as { terms: { count: number }[] };
  }, url);
  return answer.terms.reduce((sum, term) => sum + term.count, 0);
}

const cases: { name: string; path: string; markJs: boolean }[] = [
  { name: 'unrelated 1 MB', path: '/bench/unrelated-1mb.html', markJs: true },
  { name: 'health 1 MB', path: '/bench/health-1mb.html', markJs: true },
  ...(values.quick
    ? []
    : [
        { name: 'seed: DSIH 2022-06-28', path: '/articles/2022-06-28-dsih-trois-ans-feuille-de-route.html', markJs: true },
        { name: 'seed: bilan 2020', path: '/articles/2021-bilan-2020-feuille-de-route.html', markJs: true },
        { name: 'seed: premier bilan 2020', path: '/articles/2020-premier-bilan-feuille-de-route.html', markJs: true },
        { name: 'seed: Incyber 2022', path: '/articles/2022-incyber-feuille-de-route-2023-2027.html', markJs: true },
        { name: 'seed: CNS juin 2020', path: '/articles/2020-06-cns-3-apres-covid.html', markJs: true },
      ]),
];

const pageResults: PageCaseResult[] = [];
for (const entry of cases) {
  console.log(`[bench] ${entry.name} (${runs} runs)…`);
  pageResults.push(
    await measurePageCase({
      name: entry.name,
      url: server.origin + entry.path,
      runs,
      extension,
      plain,
      aliases: index.aliases,
      countOccurrences: occurrencesOn,
      probes,
      withMarkJs: entry.markJs,
    }),
  );
}

console.log('[bench] dynamic page (live blog)…');
const dynamic = await measureDynamic({ url: `${server.origin}/bench/dynamic.html`, runs: Math.min(runs, 3), extension, plain });

console.log('[bench] hover to card…');
const hoverPage = await extension.context.newPage();
await hoverPage.goto(`${server.origin}/bench/health-1mb.html`);
await occurrencesOn(hoverPage);
const hover = await measureHoverLatency(playwrightTab(hoverPage), values.quick ? 10 : 30);
const frameWithRepere = await measureFrameFloor(hoverPage);
await hoverPage.close();
const plainHoverPage = await plain.newPage({ viewport: { width: 1280, height: 900 } });
await plainHoverPage.goto(`${server.origin}/bench/health-1mb.html`);
const frameFloor = await measureFrameFloor(plainHoverPage);
await plainHoverPage.close();

console.log('[bench] applying a release 10× the bundled one…');
const apply = await measureApply({ extension, bundled, bundledBytes: bundledText.length, runs: Math.min(runs, 3) });

let firefox: FirefoxBenchResult | null = null;
if (firefoxPath) {
  console.log('[bench] the same pages in Firefox ESR…');
  firefox = await benchFirefox({
    origin: server.origin,
    cases: cases.slice(0, 2),
    runs,
    hoverPath: '/bench/health-1mb.html',
    hovers: values.quick ? 10 : 30,
  });
} else {
  console.log('[bench] no Firefox found: the Firefox figures are skipped (install firefox-esr).');
}

console.log('[bench] popup first screen and roadmap page…');
const popupRoadmap = await benchPopupAndRoadmap({ bundled, origin: server.origin, runs });

const contentScriptBytes = statSync(path.join(CHROME_BUILD_DIR, 'content-scripts/content.js')).size;
await plain.close();
await extension.close();
await server.close();

const ms = (value: number | null) => (value === null ? '—' : value.toFixed(1));
const table = [
  '| case | occurrences | added main-thread ms | Repère first scan ms | floor ms | added ÷ floor | mark.js ms | mark.js ÷ added | longest task with / without ms | heap added KB |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...pageResults.map(
    (result) =>
      `| ${result.name} | ${result.occurrences} | ${ms(result.addedMs)} | ${ms(result.repereScanMs)} | ${ms(result.floorMs)} | ` +
      `${result.ratioToFloor.toFixed(2)} | ${ms(result.markJsMs)} | ${result.speedupVsMarkJs === null ? '—' : result.speedupVsMarkJs.toFixed(1)} | ` +
      `${ms(result.longestTaskWithMs)} / ${ms(result.longestTaskWithoutMs)} | ${(result.heapAddedBytes / 1024).toFixed(0)} |`,
  ),
].join('\n');

const summary = [
  `Repère benchmark — Chromium, ${runs} runs per case (medians), ${os.cpus().length} CPUs, ${new Date().toISOString()}`,
  '',
  table,
  '',
  `Live blog (20 × 10 paragraphs, 100 ms apart): added main-thread ${ms(dynamic.addedMs)} ms ` +
    `(with ${ms(dynamic.withMs)}, without ${ms(dynamic.withoutMs)}), last batch marked ${ms(dynamic.lastBatchMarkedAfterMs)} ms after it landed, longest task ${ms(dynamic.longestTaskWithMs)} ms`,
  `Hover to visible card (after the ${120} ms hover delay): p50 ${ms(hover.p50)} ms, p95 ${ms(hover.p95)} ms over ${hover.samples} hovers; ` +
    `on that page any visible change takes ${ms(frameFloor)} ms to show in plain Chromium (the floor), ${ms(frameWithRepere)} ms with Repère's marks`,
  `Release 10× the bundled size (${(apply.releaseBytes / 1e6).toFixed(2)} MB vs ${(apply.bundledBytes / 1e3).toFixed(0)} KB): ` +
    `apply ${ms(apply.applyMs)} ms (download and verification before it: ${ms(apply.checkMs)} ms, ` +
    `${apply.checkedOffThread ? 'in the release checker worker' : 'in the service worker itself'}); ` +
    `the service worker's longest task during the update ${ms(apply.workerLongestTaskMs)} ms`,
  ...(
    [
      ['from a web page', apply.lookupsFromPage],
      ['from an extension page', apply.lookupsFromExtensionPage],
    ] as const
  ).map(
    ([from, figures]) =>
      `  lookups ${from} during the update: max ${ms(figures.duringMaxMs)} ms, p95 ${ms(figures.duringP95Ms)} ms ` +
      `over ${figures.duringCount} lookups (idle: p95 ${ms(figures.idleP95Ms)} ms; ` +
      `in the half second after, while pages rescan with the new data: max ${ms(figures.afterMaxMs)} ms)`,
  ),
  `  lookups while the service worker only opens and closes an empty offscreen document, as a check does: ` +
    `max ${ms(apply.offscreenDocumentOnly.pageMaxMs)} ms from a web page, ${ms(apply.offscreenDocumentOnly.extensionPageMaxMs)} ms from an extension page`,
  `Content script: ${(contentScriptBytes / 1024).toFixed(1)} KB minified`,
  popupRoadmapSummary(popupRoadmap),
  '',
  ...(firefox
    ? [
        'Chromium and Firefox side by side (medians): Repère’s own main-thread time reading the page, its first scan (wall time), hover to card',
        '',
        '| case | Chromium busy ms | Firefox busy ms | Chromium first scan ms | Firefox first scan ms |',
        '| --- | ---: | ---: | ---: | ---: |',
        ...firefox.cases.map((entry) => {
          const chromium = pageResults.find((result) => result.name === entry.name)!;
          return `| ${entry.name} | ${ms(chromium.repereBusyMs)} | ${ms(entry.busyMs)} | ${ms(chromium.repereScanMs)} | ${ms(entry.firstScanMs)} |`;
        }),
        `| hover to card p50 / p95 | ${ms(hover.p50)} / ${ms(hover.p95)} | ${ms(firefox.hover.p50)} / ${ms(firefox.hover.p95)} | | |`,
      ]
    : ['Firefox: not measured (no Firefox found).']),
].join('\n');
console.log(`\n${summary}\n`);

await mkdir(OUT_DIR, { recursive: true });
const results = {
  date: new Date().toISOString(),
  machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version },
  runs,
  pages: pageResults,
  dynamic,
  hover,
  frameFloorMs: { plain: frameFloor, withRepere: frameWithRepere },
  apply,
  contentScriptBytes,
  firefox,
  popupRoadmap,
};
await writeFile(path.join(OUT_DIR, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
await writeFile(path.join(OUT_DIR, 'results.md'), `${summary}\n`);
console.log(`[bench] results written to ${path.join(OUT_DIR, 'results.json')}`);
