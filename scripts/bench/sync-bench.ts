import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { computeContentHash } from '../../utils/dataset/content-hash';
import { generateReleaseKeyPair, signRelease } from '../../utils/dataset/release-signature';
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
  /** Download and verification, wherever they ran. */
  checkMs: number;
  /** Whether every run's check ran in the release checker worker. */
  checkedOffThread: boolean;
  applyMs: number;
  lookupDuringApplyMaxMs: number;
  lookupDuringApplyP95Ms: number;
  lookupsDuringApply: number;
  /** The same lookups with nothing else going on: the round trip through the browser. */
  lookupIdleP95Ms: number;
  /** The longest the service worker's event loop was held during a whole update (fetch, verify, apply). */
  workerLongestTaskMs: number;
  runs: number;
}

/**
 * Serves a release ten times the bundled size, signed by a key the
 * extension is told to trust, and has the running extension fetch, verify
 * and apply it through its real update path, while another extension page
 * keeps asking the background for lookups. Reports how long the service
 * worker took to verify and to apply it, and how long a lookup waited
 * meanwhile.
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
  const { publicKey, privateKey } = await generateReleaseKeyPair();
  let served = { body: new Uint8Array(), signature: '' };
  const server = createServer((request, response) => {
    const signature = request.url?.endsWith('.sig');
    response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    response.end(signature ? served.signature : served.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const updateUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/release.json`;

  const control = await extension.context.newPage();
  await control.goto(`chrome-extension://${extension.extensionId}/options.html`);
  const reader = await extension.context.newPage();
  await reader.goto(`chrome-extension://${extension.extensionId}/options.html`);
  const settingsBefore = await control.evaluate(async () => (await chrome.storage.local.get('settings')).settings as unknown);
  await control.evaluate(
    async ({ updateUrl, publicKey }) => {
      const settings = ((await chrome.storage.local.get('settings')).settings ?? {}) as Record<string, unknown>;
      await chrome.storage.local.set({ settings: { ...settings, updateUrl, trustedKeys: [publicKey] } });
    },
    { updateUrl, publicKey },
  );
  const check: number[] = [];
  const offThread: boolean[] = [];
  const apply: number[] = [];
  const lookups: number[] = [];
  const idleLookups: number[] = [];
  const workerTasks: number[] = [];
  const startLookups = () =>
    reader.evaluate(() => {
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
  const stopLookups = () =>
    reader.evaluate(() => {
      const state = window as unknown as { __lookups: number[]; __stop: boolean };
      state.__stop = true;
      return state.__lookups;
    });
  // A heartbeat inside the worker: the longest gap between two of its turns
  // is the longest any message, a lookup included, could have waited there.
  // (Source text, not a function: tsx would add a helper the worker lacks to a named inner function.)
  const startHeartbeat = () =>
    extension.serviceWorker.evaluate(`(() => {
      const beat = { longest: 0, last: performance.now(), stop: false };
      globalThis.__beat = beat;
      const tick = () => {
        const now = performance.now();
        beat.longest = Math.max(beat.longest, now - beat.last);
        beat.last = now;
        if (!beat.stop) setTimeout(tick, 0);
      };
      setTimeout(tick, 0);
    })()`);
  const stopHeartbeat = () =>
    extension.serviceWorker.evaluate(() => {
      const beat = (globalThis as unknown as { __beat: { longest: number; stop: boolean } }).__beat;
      beat.stop = true;
      return beat.longest;
    });
  let releaseBytes = 0;
  for (let run = 0; run < runs; run++) {
    const body = new TextEncoder().encode(JSON.stringify(await inflateRelease(bundled, 10, `2999.1.${run + 1}`)));
    served = { body, signature: await signRelease({ bytes: body, privateKey, publicKey }) };
    releaseBytes = body.byteLength;
    await control.evaluate(() => chrome.runtime.sendMessage({ type: 'reset-to-bundled' }));
    await startLookups();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    idleLookups.push(...(await stopLookups()));
    // The reader starts asking before the check and stops after it.
    await startLookups();
    await startHeartbeat();
    await control.evaluate(() => chrome.runtime.sendMessage({ type: 'check-updates' }));
    workerTasks.push(await stopHeartbeat());
    const during = await stopLookups();
    const { value: status } = (await control.evaluate(() => chrome.runtime.sendMessage({ type: 'get-status' }))) as {
      value: {
        current: { version: string } | null;
        sync: { lastOutcome?: { code: string; timings?: { checkMs: number; applyMs: number; checkedOffThread: boolean } } };
      };
    };
    const outcome = status.sync.lastOutcome;
    if (status.current?.version !== `2999.1.${run + 1}` || !outcome?.timings) {
      throw new Error(`the update was not applied: ${outcome?.code ?? 'no outcome'}`);
    }
    check.push(outcome.timings.checkMs);
    offThread.push(outcome.timings.checkedOffThread);
    apply.push(outcome.timings.applyMs);
    lookups.push(...during);
  }
  await control.evaluate(() => chrome.runtime.sendMessage({ type: 'reset-to-bundled' }));
  await control.evaluate(async (settings) => chrome.storage.local.set({ settings }), settingsBefore);
  await control.close();
  await reader.close();
  await new Promise((resolve) => server.close(resolve));
  return {
    releaseBytes,
    bundledBytes,
    checkMs: median(check),
    checkedOffThread: offThread.every(Boolean),
    applyMs: median(apply),
    lookupDuringApplyMaxMs: Math.max(0, ...lookups),
    lookupDuringApplyP95Ms: percentile(lookups, 95),
    lookupsDuringApply: lookups.length,
    lookupIdleP95Ms: percentile(idleLookups, 95),
    workerLongestTaskMs: median(workerTasks),
    runs,
  };
}
