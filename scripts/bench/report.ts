import type { FirefoxBenchResult } from './firefox-bench';
import type { LiveBlogResult } from './live-blog-cost';
import { topFrames, type ExtensionCost } from './extension-profile';
import type { PageCostResult } from './page-cost';
import { syncSummary, type SyncBenchResult } from './sync-bench';

export interface BenchResults {
  date: string;
  machine: { cpus: number; model?: string | undefined; node: string };
  runs: number;
  pages: (PageCostResult & { kind: string })[];
  liveBlog: LiveBlogResult | null;
  hover: { p50: number; p95: number; samples: number; frameFloorMs: number; frameWithRepereMs: number } | null;
  apply: SyncBenchResult | null;
  contentScripts: { name: string; bytes: number }[];
  firefox: FirefoxBenchResult | null;
}

const ms = (value: number | null | undefined) => (value === null || value === undefined ? '—' : value.toFixed(1));
const ratio = (value: number) => `${value.toFixed(2)}×`;
const verdict = (ok: boolean) => (ok ? '✔' : '✖');

/**
 * The issue's targets, each a ratio to something measured in the same run:
 * a page naming no programme costs at most 1.5× the minimal extension, with
 * no run longer than max(16 ms, 2× the minimal's longest); the 1 MB health
 * page at most 1.5× the floor with no run over 32 ms.
 */
function targetOf(result: PageCostResult & { kind: string }): string {
  if (result.kind === 'no-programme') {
    const longest = Math.max(16, 2 * result.minimal.longestRunMs);
    return `${verdict(result.ratioToMinimal <= 1.5 && result.repere.longestRunMs <= longest)} ≤ 1.5× minimal, runs ≤ ${longest.toFixed(0)} ms`;
  }
  if (result.name.startsWith('health 1 MB')) {
    return `${verdict(result.ratioToFloor <= 1.5 && result.repere.longestRunMs <= 32)} ≤ 1.5× floor, runs ≤ 32 ms`;
  }
  return '(reported)';
}

const frameList = (cost: ExtensionCost) =>
  topFrames(cost, 6)
    .map((entry) => `${entry.frame} ${entry.ms.toFixed(1)}`)
    .join(', ');

export function renderReport(results: BenchResults): string {
  const lines = [
    `Repère benchmark — Chromium, ${results.runs} runs per case (medians), ${results.machine.cpus} CPUs, ${results.date}`,
    '',
    'Main-thread time attributed to each extension by V8’s sampling profiler (any extension frame on the stack, navigation to settled).',
    '',
    '| case | occurrences | Repère ms | minimal ms | Repère ÷ minimal | floor ms | Repère ÷ floor | longest run Repère / minimal ms | mark.js ms | mark.js ÷ Repère | Repère self-timed ms | target |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...results.pages.map(
      (result) =>
        `| ${result.name} | ${result.occurrences} | ${ms(result.repere.attributedMs)} | ${ms(result.minimal.attributedMs)} | ` +
        `${ratio(result.ratioToMinimal)} | ${ms(result.floorMs)} | ${ratio(result.ratioToFloor)} | ` +
        `${ms(result.repere.longestRunMs)} / ${ms(result.minimal.longestRunMs)} | ${ms(result.markJsMs)} | ` +
        `${result.markJsMs === null ? '—' : ratio(result.markJsMs / Math.max(result.repere.attributedMs, 0.1))} | ` +
        `${ms(result.repereSelfTimedMs)} | ${targetOf(result)} |`,
    ),
    '',
    'Where the time goes (self time by function, mean of the runs; Repère, then the minimal extension):',
    '',
    ...results.pages.flatMap((result) => [
      `- ${result.name} — Repère: ${frameList(result.repere)}`,
      `  minimal: ${frameList(result.minimal)}`,
    ]),
    '',
  ];
  const live = results.liveBlog;
  if (live) {
    lines.push(
      `Live blog (20 × 10 paragraphs, 100 ms apart): Repère ${ms(live.repere.attributedMs)} ms, minimal ${ms(live.minimal.attributedMs)} ms ` +
        `(${ratio(live.ratioToMinimal)}), longest run ${ms(live.repere.longestRunMs)} ms; last batch marked ` +
        `${ms(live.lastBatchMarkedAfterMs)} ms after it landed ${verdict(live.lastBatchMarkedAfterMs <= 300)} (≤ 300 ms)`,
    );
  }
  const hover = results.hover;
  if (hover) {
    lines.push(
      `Hover to visible card: p50 ${ms(hover.p50)} ms, p95 ${ms(hover.p95)} ms over ${hover.samples} hovers; any visible change on that ` +
        `page takes ${ms(hover.frameFloorMs)} ms in plain Chromium (the frame floor), ${ms(hover.frameWithRepereMs)} ms with Repère's marks; ` +
        `p95 ÷ floor ${ratio(hover.p95 / Math.max(hover.frameFloorMs, 0.1))} ${verdict(hover.p95 <= 1.5 * hover.frameFloorMs)} (≤ 1.5×)`,
    );
  }
  // Issue 17's two ratios first, then the figures behind them (see syncSummary).
  if (results.apply) lines.push(...syncSummary(results.apply));
  lines.push(`Content scripts: ${results.contentScripts.map((script) => `${script.name} ${(script.bytes / 1024).toFixed(1)} KB`).join(', ')}`);
  const firefox = results.firefox;
  if (firefox) {
    lines.push(
      '',
      'Firefox ESR (same pages):',
      '',
      '| case | Repère busy ms | first scan ms |',
      '| --- | ---: | ---: |',
      ...firefox.cases.map((entry) => `| ${entry.name} | ${ms(entry.busyMs)} | ${ms(entry.firstScanMs)} |`),
      `| hover to card p50 / p95 | ${ms(firefox.hover.p50)} / ${ms(firefox.hover.p95)} | |`,
    );
  }
  return lines.join('\n');
}
