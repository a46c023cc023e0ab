import type { Page, Worker } from '@playwright/test';
import type { DatasetStatus } from '../../utils/dataset/dataset-status';
import type { Release } from '../../utils/dataset/schema';
import type { TermIndex } from '../../utils/dataset/term-index';
import type { Envelope } from '../../utils/messaging/contract';
import { ARTICLES } from '../support/paths';
import { rehash } from '../support/sample-release';
import { makeKeyPair, sign, type TestKeyPair } from '../support/signing';
import { expect, hoverText, openPopupFor, pageTerms, releases, resetSettings, setSettings, test } from '../support/extension-test';

let keys: TestKeyPair;
let stranger: TestKeyPair;
test.beforeAll(async () => {
  keys = await makeKeyPair();
  stranger = await makeKeyPair();
});

async function ask<T>(control: Page, message: object): Promise<Envelope<T>> {
  return control.evaluate((message) => chrome.runtime.sendMessage(message), message) as Promise<Envelope<T>>;
}

async function installed(control: Page): Promise<{ hash: string; version: string; index: TermIndex }> {
  const status = await ask<DatasetStatus>(control, { type: 'get-status' });
  const index = await ask<TermIndex>(control, { type: 'get-index' });
  if (!status.ok || !index.ok) throw new Error('the background did not answer');
  return { hash: status.value.current!.hash, version: status.value.current!.version, index: index.value };
}

async function offscreenDocuments(serviceWorker: Worker): Promise<number> {
  return serviceWorker.evaluate(async () => (await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length);
}

/** A newer copy of the bundled release, changed by `edit`, re-hashed. */
async function newer(bundled: Release, edit: (release: Release) => void = () => {}): Promise<string> {
  const release: Release = structuredClone(bundled);
  release.version = '2099.1.1';
  release.terms.find((term) => term.id === 'ins')!.status.summary.fr = 'Statut mis à jour par une publication de test.';
  edit(release);
  return JSON.stringify(await rehash(release));
}

test.describe('dataset updates from a release URL', () => {
  test.beforeEach(async ({ control, server }) => {
    releases.requests = [];
    await setSettings(control, { updateUrl: `${server.origin}/release.json`, trustedKeys: [keys.publicKey] });
  });
  test.afterEach(async ({ control }) => {
    await ask(control, { type: 'reset-to-bundled' });
    await resetSettings(control);
  });

  test('applies a signed, newer release; an open tab uses it without a reload', async ({ extension, server, control, bundled }) => {
    const page = await extension.context.newPage();
    await page.goto(server.origin + ARTICLES.dsih2022);
    await pageTerms(control, page);
    const body = await newer(bundled);
    releases.behaviour = { kind: 'serve', body, signature: await sign(body, keys), etag: '"test-1"' };
    const answer = await ask<DatasetStatus>(control, { type: 'check-updates' });
    expect(answer.ok).toBe(true);
    expect((await installed(control)).version).toBe('2099.1.1');
    if (answer.ok) {
      expect(answer.value.current?.origin).toBe('remote');
      expect(answer.value.previous?.version).toBe(bundled.version);
      expect(answer.value.sync.lastOutcome?.code).toBe('ok');
    }
    // Checked in the release checker worker, whose offscreen document is closed again.
    expect(await offscreenDocuments(extension.serviceWorker)).toBe(0);
    // Downloaded once: the release and its signature, one request each.
    expect(releases.requests.map((request) => request.path)).toEqual(['/release.json', '/release.json.sig']);

    // Checked again, unchanged (HTTP 304): no offscreen document is created for that.
    await extension.serviceWorker.evaluate(() => {
      const offscreen = chrome.offscreen as { createDocument: (...args: unknown[]) => Promise<void> };
      const create = offscreen.createDocument.bind(offscreen);
      (globalThis as unknown as { __documents: number }).__documents = 0;
      offscreen.createDocument = (...args) => {
        (globalThis as unknown as { __documents: number }).__documents++;
        return create(...args);
      };
    });
    const again = await ask<DatasetStatus>(control, { type: 'check-updates' });
    expect(again.ok && again.value.sync.lastOutcome?.code).toBe('ok');
    expect(await extension.serviceWorker.evaluate(() => (globalThis as unknown as { __documents: number }).__documents)).toBe(0);
    await pageTerms(control, page);
    await hoverText(page, 'INS');
    await expect(page.locator('repere-card .status')).toContainText('Statut mis à jour par une publication de test.');

    // Going back is a swap of rows: no document, no worker, no download.
    releases.requests = [];
    const rollback = await ask<DatasetStatus>(control, { type: 'rollback' });
    expect(rollback.ok && rollback.value.current?.version).toBe(bundled.version);
    const forward = await ask<DatasetStatus>(control, { type: 'rollback' });
    expect(forward.ok && forward.value.current?.version).toBe('2099.1.1');
    expect(await extension.serviceWorker.evaluate(() => (globalThis as unknown as { __documents: number }).__documents)).toBe(0);
    expect(releases.requests).toEqual([]);
    await page.close();
  });

  const faults: [string, (bundled: Release) => Promise<void>, string][] = [
    ['404', async () => void (releases.behaviour = { kind: 'status', status: 404 }), 'http-status'],
    ['500', async () => void (releases.behaviour = { kind: 'status', status: 500 }), 'http-status'],
    ['a connection cut mid-body', async (bundled) => void (releases.behaviour = { kind: 'cut-mid-body', body: await newer(bundled) }), 'truncated'],
    ['truncated JSON', async (bundled) => {
      const body = (await newer(bundled)).slice(0, 5000);
      releases.behaviour = { kind: 'serve', body, signature: await sign(body, keys) };
    }, 'invalid-json'],
    ['a wrong content type', async (bundled) => void (releases.behaviour = { kind: 'serve', body: await newer(bundled), contentType: 'text/html' }), 'content-type'],
    ['a schema-invalid file', async (bundled) => {
      const body = JSON.stringify({ ...JSON.parse(await newer(bundled)), milestones: [{ id: 'x' }] });
      releases.behaviour = { kind: 'serve', body, signature: await sign(body, keys) };
    }, 'schema'],
    ['a wrong hash', async (bundled) => {
      const body = JSON.stringify({ ...JSON.parse(await newer(bundled)), hash: `sha256:${'f'.repeat(64)}` });
      releases.behaviour = { kind: 'serve', body, signature: await sign(body, keys) };
    }, 'hash-mismatch'],
    ['a bad signature', async (bundled) => {
      const body = await newer(bundled);
      releases.behaviour = { kind: 'serve', body, signature: await sign(`${body}tampered`, keys) };
    }, 'signature-invalid'],
    ['a signature from an untrusted key', async (bundled) => {
      const body = await newer(bundled);
      releases.behaviour = { kind: 'serve', body, signature: await sign(body, stranger) };
    }, 'signature-untrusted'],
    ['an older version', async (bundled) => {
      const body = await newer(bundled, (release) => void (release.version = '2000.1.1'));
      releases.behaviour = { kind: 'serve', body, signature: await sign(body, keys) };
    }, 'not-newer'],
    ['the same version, changed', async (bundled) => {
      const body = await newer(bundled, (release) => void (release.version = bundled.version));
      releases.behaviour = { kind: 'serve', body, signature: await sign(body, keys) };
    }, 'not-newer'],
    ['a 50 MB body', async () => void (releases.behaviour = { kind: 'huge', megabytes: 50 }), 'too-large'],
    ['javascript: and data: URLs in sources', async (bundled) => {
      const body = await newer(bundled, (release) => {
        release.sources.find((source) => source.url)!.url = 'javascript:alert(document.domain)';
      });
      releases.behaviour = { kind: 'serve', body, signature: await sign(body, keys) };
    }, 'schema'],
  ];

  for (const [name, arrange, code] of faults) {
    test(`changes nothing and says why on ${name}`, async ({ control, bundled }) => {
      const before = await installed(control);
      await arrange(bundled);
      const answer = await ask<DatasetStatus>(control, { type: 'check-updates' });
      expect(answer.ok).toBe(false);
      const after = await installed(control);
      expect(after).toEqual(before);
      const details = await ask<{ details: unknown[] }>(control, { type: 'get-term-details', ids: ['ins'] });
      expect(details.ok && details.value.details.length).toBe(1);
      const status = await ask<DatasetStatus>(control, { type: 'get-status' });
      expect(status.ok && status.value.sync.lastFailure?.code).toBe(code);
    });
  }

  test('gives up on a hanging server and reports the timeout', async ({ control }) => {
    test.setTimeout(120_000);
    const before = await installed(control);
    releases.behaviour = { kind: 'hang' };
    const answer = await ask<DatasetStatus>(control, { type: 'check-updates' });
    expect(answer.ok).toBe(false);
    expect(await installed(control)).toEqual(before);
    const status = await ask<DatasetStatus>(control, { type: 'get-status' });
    expect(status.ok && status.value.sync.lastFailure?.code).toBe('timeout');
  });

  test('renders HTML and script in dataset text and release notes as inert text', async ({ extension, server, control, bundled }) => {
    const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    const body = await newer(bundled, (release) => {
      release.terms.find((term) => term.id === 'ins')!.status.summary.fr = `Texte piégé ${payload}`;
      release.notes = { fr: `Notes piégées ${payload}`, en: `Trapped notes ${payload}` };
    });
    releases.behaviour = { kind: 'serve', body, signature: await sign(body, keys) };
    expect((await ask(control, { type: 'check-updates' })).ok).toBe(true);
    const page = await extension.context.newPage();
    await page.goto(server.origin + ARTICLES.dsih2022);
    await pageTerms(control, page);
    await hoverText(page, 'INS');
    const status = page.locator('repere-card .status');
    await expect(status).toContainText(payload);
    expect(await page.locator('repere-card img, repere-card script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    // The popup tells what changed, once: the notes as text, the changed status with its phases.
    const popup = await openPopupFor(extension, control, page);
    const notice = popup.locator('.release-changes');
    // Folded to one line, it leaves the first screen to "Sur cette page" and "À venir".
    await expect(popup.locator('.on-this-page')).toBeInViewport();
    await expect(popup.locator('.upcoming')).toBeInViewport();
    await notice.locator('summary').click();
    await expect(notice).toContainText(`Notes piégées ${payload}`);
    await expect(notice).toContainText('INS');
    expect(await notice.locator('img, script').count()).toBe(0);
    expect(await popup.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await popup.close();
    const again = await openPopupFor(extension, control, page);
    await expect(again.locator('.popup-foot')).toBeVisible();
    await expect(again.locator('.release-changes')).toHaveCount(0);
    await again.close();
    await page.close();
  });

  test('replaces an offscreen document left over by a stopped service worker', async ({ extension, control, bundled }) => {
    // What a service worker stopped in the middle of a verification leaves behind.
    await extension.serviceWorker.evaluate(() =>
      chrome.offscreen.createDocument({ url: '/offscreen.html', reasons: ['WORKERS'], justification: 'test: a leftover document' }),
    );
    expect(await offscreenDocuments(extension.serviceWorker)).toBe(1);
    const body = await newer(bundled);
    releases.behaviour = { kind: 'serve', body, signature: await sign(body, keys) };
    const answer = await ask<DatasetStatus>(control, { type: 'check-updates' });
    expect(answer.ok && answer.value.sync.lastOutcome?.code).toBe('ok');
    expect((await installed(control)).version).toBe('2099.1.1');
    expect(await offscreenDocuments(extension.serviceWorker)).toBe(0);
  });

  test('fails with its own reason, changing nothing, when no checker worker can start', async ({ extension, control, bundled }) => {
    const before = await installed(control);
    await extension.serviceWorker.evaluate(() => {
      const offscreen = chrome.offscreen as { createDocument: (...args: unknown[]) => Promise<void>; __real?: unknown };
      offscreen.__real = offscreen.createDocument;
      offscreen.createDocument = () => Promise.reject(new Error('test: no offscreen document'));
    });
    try {
      const body = await newer(bundled);
      releases.behaviour = { kind: 'serve', body, signature: await sign(body, keys) };
      const answer = await ask<DatasetStatus>(control, { type: 'check-updates' });
      expect(answer.ok).toBe(false);
      if (!answer.ok) expect(answer.code).toBe('checker-unavailable');
      expect(await installed(control)).toEqual(before);
      const status = await ask<DatasetStatus>(control, { type: 'get-status' });
      expect(status.ok && status.value.sync.lastFailure?.code).toBe('checker-unavailable');
      // Backs off: the next try comes within minutes, not after the interval.
      const next = status.ok ? Date.parse(status.value.sync.nextCheckAt ?? '') - Date.now() : Infinity;
      expect(next).toBeLessThan(10 * 60_000);
    } finally {
      await extension.serviceWorker.evaluate(() => {
        const offscreen = chrome.offscreen as { createDocument: unknown; __real?: unknown };
        offscreen.createDocument = offscreen.__real;
      });
    }
  });

  test('judges a redirect at its final address: leaving the address allowed unsigned requires a signature', async ({ control, server, bundled }) => {
    const url = `${server.origin}/release.json`;
    await setSettings(control, { updateUrl: url, trustedKeys: [keys.publicKey], allowUnsignedFor: [url] });
    const before = await installed(control);
    const moved = `${server.origin.replace('127.0.0.1', 'localhost')}/moved/release.json`;
    releases.behaviour = { kind: 'redirect', location: moved, then: { kind: 'serve', body: await newer(bundled) } };
    const answer = await ask<DatasetStatus>(control, { type: 'check-updates' });
    expect(answer.ok).toBe(false);
    expect(releases.requests.map((request) => request.path)).toContain('/moved/release.json');
    const status = await ask<DatasetStatus>(control, { type: 'get-status' });
    expect(status.ok && status.value.sync.lastFailure?.code).toBe('signature-missing');
    expect(await installed(control)).toEqual(before);
    // Signed by a trusted key, the moved release is accepted.
    const body = await newer(bundled);
    releases.behaviour = { kind: 'redirect', location: moved, then: { kind: 'serve', body, signature: await sign(body, keys) } };
    expect((await ask<DatasetStatus>(control, { type: 'check-updates' })).ok).toBe(true);
    expect((await installed(control)).version).toBe('2099.1.1');
  });

  test('survives the service worker being stopped in the middle of an update', async ({ extension, control }) => {
    const before = await installed(control);
    releases.behaviour = { kind: 'hang' };
    void ask(control, { type: 'check-updates' }).catch(() => undefined);
    await expect.poll(() => releases.requests.filter((request) => request.path === '/release.json').length).toBeGreaterThan(0);
    const cdp = await extension.context.newCDPSession(control);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    // The next message wakes a fresh worker, which finds the check unfinished.
    await expect
      .poll(async () => {
        const status = await ask<DatasetStatus>(control, { type: 'get-status' }).catch(() => null);
        return status?.ok ? status.value.sync.lastFailure?.code : null;
      }, { timeout: 20_000 })
      .toBe('interrupted');
    expect(await installed(control)).toEqual(before);
  });
});
