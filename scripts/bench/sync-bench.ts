import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { computeContentHash } from '../../utils/dataset/content-hash';
import { generateReleaseKeyPair, signRelease } from '../../utils/dataset/release-signature';
import type { Release } from '../../utils/dataset/schema';
import type { ExtensionSession } from '../lib/launch-extension';
import { contentScriptWorld, type Evaluate } from './content-script-world';
import { median, percentile } from './stats';

/**
 * A release `factor` times the bundled one: every term, milestone and source
 * copied under new ids (and distinct aliases), so it is as valid as the real
 * one, only bigger.
 */
export async function inflateRelease(bundled: Release, factor: number, version: string): Promise<Release> {
  // A short suffix: ids are at most 60 characters, and the longest source id has 54.
  const copy = (id: string, n: number) => (n === 0 ? id : `${id}-x${n}`);
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

export interface LookupFigures {
  /** How long lookups issued while an update ran (download, verification, install) took. */
  duringMaxMs: number;
  duringP95Ms: number;
  duringCount: number;
  /** The same lookups with nothing else going on: the round trip through the browser. */
  idleP95Ms: number;
  /** In the half second after the update, while pages fetch the new index and rescan. */
  afterMaxMs: number;
}

function lookupFigures(during: number[], idle: number[], after: number[]): LookupFigures {
  return {
    duringMaxMs: Math.max(0, ...during),
    duringP95Ms: percentile(during, 95),
    duringCount: during.length,
    idleP95Ms: percentile(idle, 95),
    afterMaxMs: Math.max(0, ...after),
  };
}

export interface SyncBenchResult {
  releaseBytes: number;
  bundledBytes: number;
  /** Download and verification, wherever they ran. */
  checkMs: number;
  /** Whether every run's check ran in the release checker worker. */
  checkedOffThread: boolean;
  applyMs: number;
  /** Lookups from a web page's content script. */
  lookupsFromPage: LookupFigures;
  /** Lookups from an extension page (as the popup makes them). */
  lookupsFromExtensionPage: LookupFigures;
  /** The longest the service worker's event loop was held during a whole update (fetch, verify, apply). */
  workerLongestTaskMs: number;
  /** The longest lookups while an empty offscreen document is opened and closed, nothing checked: Chromium's own share. */
  offscreenDocumentOnly: { pageMaxMs: number; extensionPageMaxMs: number };
  runs: number;
}

/**
 * Serves a release ten times the bundled size, signed by a key the
 * extension is told to trust, and has the running extension fetch, verify
 * and apply it through its real update path, while a web page and an
 * extension page keep asking the background for lookups. Reports how long
 * the check (download and verification) and the install took, and how long
 * a lookup waited meanwhile.
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
    if (request.url === '/reader.html') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end('<!doctype html><title>Lecteur</title><p>Une page qui ne parle que de météo.</p>');
      return;
    }
    const signature = request.url?.endsWith('.sig');
    response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    response.end(signature ? served.signature : served.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const updateUrl = `${origin}/release.json`;

  const control = await extension.context.newPage();
  await control.goto(`chrome-extension://${extension.extensionId}/options.html`);
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
  const lookups = { page: [] as number[], extensionPage: [] as number[] };
  const idleLookups = { page: [] as number[], extensionPage: [] as number[] };
  const lookupsAfter = { page: [] as number[], extensionPage: [] as number[] };
  const workerTasks: number[] = [];
  // Two readers ask the background for a card's details every 5 ms: a web
  // page's content script (where hover lookups come from) and an extension
  // page (the popup's side: it shares its process with the offscreen
  // document). Source text, not functions: the content-script world is
  // reached through CDP.
  const webPage = await extension.context.newPage();
  await webPage.goto(`${origin}/reader.html`);
  const extensionPage = await extension.context.newPage();
  await extensionPage.goto(`chrome-extension://${extension.extensionId}/options.html`);
  const readers: Record<'page' | 'extensionPage', Evaluate> = {
    page: await contentScriptWorld(webPage, extension.extensionId),
    extensionPage: (expression) => extensionPage.evaluate(expression),
  };
  const startLookups = () =>
    Promise.all(
      Object.values(readers).map((evaluate) =>
        evaluate(`(() => {
          const state = (globalThis.__lookups = { times: [], stop: false });
          void (async () => {
            while (!state.stop) {
              const started = performance.now();
              await chrome.runtime.sendMessage({ type: 'get-term-details', ids: ['ins'] });
              state.times.push([performance.timeOrigin + started, performance.now() - started]);
              await new Promise((resolve) => setTimeout(resolve, 5));
            }
          })();
        })()`),
      ),
    );
  /** Each lookup's start (epoch ms, the clock Node's Date.now reads too) and duration. */
  type Lookup = [startedAt: number, ms: number];
  const stopLookups = async () => {
    const stop = '(() => { globalThis.__lookups.stop = true; return globalThis.__lookups.times; })()';
    return { page: (await readers.page(stop)) as Lookup[], extensionPage: (await readers.extensionPage(stop)) as Lookup[] };
  };
  const durations = (list: Lookup[]) => list.map(([, ms]) => ms);
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
    const idle = await stopLookups();
    idleLookups.page.push(...durations(idle.page));
    idleLookups.extensionPage.push(...durations(idle.extensionPage));
    // The readers start asking before the check and stop after it. The
    // lookups that count are those issued from its start until the new
    // release is installed (the status's "last success"); then open pages
    // fetch the new index and rescan, their own work, measured apart.
    await startLookups();
    await startHeartbeat();
    const checkStarted = Date.now();
    await control.evaluate(() => chrome.runtime.sendMessage({ type: 'check-updates' }));
    workerTasks.push(await stopHeartbeat());
    await new Promise((resolve) => setTimeout(resolve, 500));
    const asked = await stopLookups();
    const { value: status } = (await control.evaluate(() => chrome.runtime.sendMessage({ type: 'get-status' }))) as {
      value: {
        current: { version: string } | null;
        sync: {
          lastSuccessAt?: string;
          lastOutcome?: { code: string; timings?: { checkMs: number; applyMs: number; checkedOffThread: boolean } };
        };
      };
    };
    const outcome = status.sync.lastOutcome;
    if (status.current?.version !== `2999.1.${run + 1}` || !outcome?.timings || !status.sync.lastSuccessAt) {
      throw new Error(`the update was not applied: ${outcome?.code ?? 'no outcome'}`);
    }
    const installedAt = Date.parse(status.sync.lastSuccessAt);
    for (const reader of ['page', 'extensionPage'] as const) {
      lookups[reader].push(...durations(asked[reader].filter(([at]) => at >= checkStarted && at <= installedAt)));
      lookupsAfter[reader].push(...durations(asked[reader].filter(([at]) => at > installedAt)));
    }
    check.push(outcome.timings.checkMs);
    offThread.push(outcome.timings.checkedOffThread);
    apply.push(outcome.timings.applyMs);
  }
  // What Chromium's own work costs the same lookups: the service worker
  // opens and closes an empty offscreen document, as a check does, and
  // checks nothing.
  await startLookups();
  for (let run = 0; run < runs; run++) {
    await extension.serviceWorker.evaluate(async () => {
      await chrome.offscreen.createDocument({ url: '/offscreen.html', reasons: ['WORKERS'], justification: 'benchmark' });
      await new Promise((resolve) => setTimeout(resolve, 300));
      await chrome.offscreen.closeDocument();
    });
  }
  const documentOnly = await stopLookups();
  await control.evaluate(() => chrome.runtime.sendMessage({ type: 'reset-to-bundled' }));
  await control.evaluate(async (settings) => chrome.storage.local.set({ settings }), settingsBefore);
  await control.close();
  await webPage.close();
  await extensionPage.close();
  await new Promise((resolve) => server.close(resolve));
  return {
    releaseBytes,
    bundledBytes,
    checkMs: median(check),
    checkedOffThread: offThread.every(Boolean),
    applyMs: median(apply),
    lookupsFromPage: lookupFigures(lookups.page, idleLookups.page, lookupsAfter.page),
    lookupsFromExtensionPage: lookupFigures(lookups.extensionPage, idleLookups.extensionPage, lookupsAfter.extensionPage),
    workerLongestTaskMs: median(workerTasks),
    offscreenDocumentOnly: {
      pageMaxMs: Math.max(0, ...durations(documentOnly.page)),
      extensionPageMaxMs: Math.max(0, ...durations(documentOnly.extensionPage)),
    },
    runs,
  };
}
