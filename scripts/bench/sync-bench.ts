import { computeContentHash } from '../../utils/dataset/content-hash';
import type { Release } from '../../utils/dataset/schema';
import type { ExtensionSession } from '../lib/launch-extension';
import { median, percentile } from './stats';

/**
 * A release `factor` times the bundled one: every term, milestone and source
 * copied under new ids (and distinct aliases), so it is as valid as the real
 * one, only bigger.
 */
export async function inflateRelease(bundled: Release, factor: number, version: string): Promise<Release> {
  const copy = (id: string, n: number) => (n === 0 ? id : `${id}-copy-${n}`);
  const terms: Release['terms'] = [];
  const milestones: Release['milestones'] = [];
  const sources: Release['sources'] = [];
  for (let n = 0; n < factor; n++) {
    for (const term of bundled.terms) {
      terms.push({
        ...term,
        id: copy(term.id, n),
        // "copie N", not just "N": "HOP'EN" + " 2" would be the real HOP'EN 2's alias.
        aliases: term.aliases.map((alias) => ({ ...alias, text: n === 0 ? alias.text : `${alias.text} copie${n}` })),
        related: term.related.map((id) => copy(id, n)),
        ...(term.replacedBy ? { replacedBy: copy(term.replacedBy, n) } : {}),
        status: { ...term.status, sources: term.status.sources.map((id) => copy(id, n)) },
        figures: term.figures.map((figure) => ({ ...figure, sources: figure.sources.map((id) => copy(id, n)) })),
      });
    }
    for (const milestone of bundled.milestones) {
      milestones.push({
        ...milestone,
        id: copy(milestone.id, n),
        terms: milestone.terms.map((id) => copy(id, n)),
        sources: milestone.sources.map((id) => copy(id, n)),
        ...(milestone.promised ? { promised: { ...milestone.promised, sources: milestone.promised.sources.map((id) => copy(id, n)) } } : {}),
      });
    }
    for (const source of bundled.sources) sources.push({ ...source, id: copy(source.id, n) });
  }
  const content = { schemaVersion: bundled.schemaVersion, version, publishedAt: bundled.publishedAt, terms, milestones, sources };
  return { ...content, hash: await computeContentHash(content) };
}

export interface SyncBenchResult {
  releaseBytes: number;
  bundledBytes: number;
  verifyMs: number;
  applyMs: number;
  lookupDuringApplyMaxMs: number;
  lookupDuringApplyP95Ms: number;
  lookupsDuringApply: number;
  runs: number;
}

/**
 * Imports a release ten times the bundled size into the running extension
 * (the same verify-and-apply path as sync) while another extension page
 * keeps asking the background for lookups, and reports how long the service
 * worker took to apply it and how long a lookup waited meanwhile.
 */
export async function measureApply({
  extension,
  bundled,
  bundledBytes,
  runs,
}: {
  extension: ExtensionSession;
  bundled: Release;
  bundledBytes: number;
  runs: number;
}): Promise<SyncBenchResult> {
  const control = await extension.context.newPage();
  await control.goto(`chrome-extension://${extension.extensionId}/options.html`);
  const reader = await extension.context.newPage();
  await reader.goto(`chrome-extension://${extension.extensionId}/options.html`);
  const verify: number[] = [];
  const apply: number[] = [];
  const lookups: number[] = [];
  let releaseBytes = 0;
  for (let run = 0; run < runs; run++) {
    const big = await inflateRelease(bundled, 10, `2999.1.${run + 1}`);
    const text = JSON.stringify(big);
    releaseBytes = text.length;
    await control.evaluate(() => chrome.runtime.sendMessage({ type: 'reset-to-bundled' }));
    // The reader starts asking before the import and stops after it.
    await reader.evaluate(() => {
      const state = window as unknown as { __lookups: number[]; __stop: boolean };
      state.__lookups = [];
      state.__stop = false;
      void (async () => {
        while (!state.__stop) {
          const started = performance.now();
          await chrome.runtime.sendMessage({ type: 'get-term-details', ids: ['ins'] });
          state.__lookups.push(performance.now() - started);
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
      })();
    });
    const status = (await control.evaluate((text) => chrome.runtime.sendMessage({ type: 'import-release', text }), text)) as {
      ok: boolean;
      value?: { sync: { lastOutcome?: { timings?: { verifyMs: number; applyMs: number } } } };
      error?: string;
    };
    const during = await reader.evaluate(() => {
      const state = window as unknown as { __lookups: number[]; __stop: boolean };
      state.__stop = true;
      return state.__lookups;
    });
    if (!status.ok) throw new Error(`import failed: ${status.error}`);
    const timings = status.value!.sync.lastOutcome!.timings!;
    verify.push(timings.verifyMs);
    apply.push(timings.applyMs);
    lookups.push(...during);
  }
  await control.evaluate(() => chrome.runtime.sendMessage({ type: 'reset-to-bundled' }));
  await control.close();
  await reader.close();
  return {
    releaseBytes,
    bundledBytes,
    verifyMs: median(verify),
    applyMs: median(apply),
    lookupDuringApplyMaxMs: Math.max(0, ...lookups),
    lookupDuringApplyP95Ms: percentile(lookups, 95),
    lookupsDuringApply: lookups.length,
    runs,
  };
}

