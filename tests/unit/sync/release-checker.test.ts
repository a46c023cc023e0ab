import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ReleaseChecker, type CheckerChannel } from '../../../entrypoints/background/release-checker/release-checker';
import { buildReleaseFromDataDir } from '../../../scripts/lib/build-release';
import { ReleaseError } from '../../../utils/dataset/release-error';
import type { CheckRequest } from '../../../utils/adapters/network/check-release';
import type { CheckerReply, CheckerRequest } from '../../../utils/adapters/workers/checker-messages';
import { parseRecords, releaseToRecords } from '../../../utils/dataset/release-records';
import { serveChecks } from '../../../utils/adapters/workers/serve-checks';
import { openInProcessChannel } from '../../support/in-process-checker';
import { ReleaseServer } from '../../support/release-server';
import { sampleRelease } from '../../support/sample-release';
import { makeKeyPair, sign, type TestKeyPair } from '../../support/signing';

let keys: TestKeyPair;
let text: string;
let signatureFile: string;
beforeAll(async () => {
  keys = await makeKeyPair();
  text = JSON.stringify(await sampleRelease('2026.2.1'));
  signatureFile = await sign(text, keys);
});

const bytesOf = (body: string) => new TextEncoder().encode(body);
const request = (overrides: Partial<CheckRequest> = {}): CheckRequest => ({
  input: { kind: 'bytes', bytes: bytesOf(text), signatureFile },
  trustedKeys: [keys.publicKey],
  requireSignature: true,
  ...overrides,
});

describe('a release in records', () => {
  it('comes back equal to the real dataset, parsed in batches', async () => {
    const release = await buildReleaseFromDataDir();
    const { head, terms, milestones, sources } = releaseToRecords(release);
    const parsed = { terms: [], milestones: [], sources: [] };
    // Batches as the checker cuts them: any split, in order.
    for (const batch of [{ terms: terms.slice(0, 5) }, { terms: terms.slice(5), milestones }, { sources: sources.slice(0, 1) }, { sources: sources.slice(1) }]) {
      parseRecords(batch, parsed);
    }
    expect({ ...head, ...parsed }).toEqual(release);
  });
});

describe('the release checker', () => {
  it('runs the check in the checker and brings back the release and its exact text', async () => {
    const outcome = await new ReleaseChecker({ openChannel: openInProcessChannel }).check(request());
    expect(outcome.offThread).toBe(true);
    if (outcome.status !== 'verified') throw new Error(outcome.status);
    expect(outcome.release).toEqual(JSON.parse(text));
    expect(outcome.textPieces.join('')).toBe(text);
  });

  it('leaves the caller its bytes (it hands over a copy)', async () => {
    const mine = request();
    await new ReleaseChecker({ openChannel: openInProcessChannel }).check(mine);
    expect(mine.input.kind === 'bytes' && new TextDecoder().decode(mine.input.bytes)).toBe(text);
  });

  it('reports a refused release with its reason, as the check here would', async () => {
    const tampered = request({ input: { kind: 'bytes', bytes: bytesOf(text.replace('2026.2.1', '2026.2.2')), signatureFile } });
    for (const openChannel of [openInProcessChannel, null]) {
      const error = await new ReleaseChecker({ openChannel }).check(tampered).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ReleaseError);
      expect((error as ReleaseError).code).toBe('signature-invalid');
    }
  });

  it('says "unchanged" for the installed release, and refuses an older one', async () => {
    const release = JSON.parse(text) as { version: string; hash: string };
    const checker = new ReleaseChecker({ openChannel: openInProcessChannel });
    expect((await checker.check(request({ installed: { version: release.version, hash: release.hash } }))).status).toBe('unchanged');
    const error = await checker.check(request({ installed: { version: '2027.1.1', hash: 'other' } })).catch((caught: unknown) => caught);
    expect((error as ReleaseError).code).toBe('not-newer');
  });

  it('checks here when no checker can be started, or when it never answers', async () => {
    const failing = async (): Promise<CheckerChannel> => {
      throw new Error('no offscreen document');
    };
    let closed = false;
    const silent = async (): Promise<CheckerChannel> => {
      const channel = new MessageChannel();
      return { port: channel.port1, close: async () => void (closed = true) };
    };
    for (const checker of [new ReleaseChecker({ openChannel: failing }), new ReleaseChecker({ openChannel: silent, graceMs: 50 })]) {
      const outcome = await checker.check(request());
      expect(outcome.offThread).toBe(false);
      expect(outcome.status === 'verified' && outcome.release.version).toBe('2026.2.1');
    }
    expect(closed).toBe(true);
  });

  it('sends a verified release one message at a time, each when asked for', async () => {
    const channel = new MessageChannel();
    serveChecks(channel.port2);
    const received: CheckerReply[] = [];
    channel.port1.onmessage = ({ data }: MessageEvent<CheckerReply>) => void received.push(data);
    channel.port1.postMessage({ kind: 'check', id: 7, request: request() } satisfies CheckerRequest);
    await vi.waitFor(() => expect(received).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(received.map((reply) => reply.kind)).toEqual(['records']);
    while (received.at(-1)?.kind !== 'done') {
      const count = received.length;
      channel.port1.postMessage({ kind: 'next', id: 7 } satisfies CheckerRequest);
      await vi.waitFor(() => expect(received).toHaveLength(count + 1));
    }
    const pieces = received.flatMap((reply) => (reply.kind === 'text' ? [reply.piece] : []));
    expect(pieces.join('')).toBe(text);
    channel.port1.close();
  });

  it('learns "not modified" from the server without starting a worker, and starts one for a new release', async () => {
    const releases = new ReleaseServer();
    const server = await releases.start();
    try {
      releases.behaviour = { kind: 'serve', body: text, signature: signatureFile, etag: '"v2"' };
      let opened = 0;
      const checker = new ReleaseChecker({ openChannel: () => (opened++, openInProcessChannel()) });
      const fromUrl = (etag?: string): CheckRequest =>
        request({ input: { kind: 'url', url: `${server.origin}/release.json`, validators: etag ? { etag } : {}, timeoutMs: 2000, maxBytes: 1e6 } });
      expect((await checker.check(fromUrl('"v2"'))).status).toBe('not-modified');
      expect(opened).toBe(0);
      const outcome = await checker.check(fromUrl('"v1"'));
      expect(outcome.status === 'verified' && outcome.validators?.etag).toBe('"v2"');
      expect(outcome.offThread).toBe(true);
      expect(opened).toBe(1);
    } finally {
      await server.close();
    }
  });

  it('runs one check at a time', async () => {
    let open = 0;
    let most = 0;
    const counting = async (): Promise<CheckerChannel> => {
      most = Math.max(most, ++open);
      const channel = await openInProcessChannel();
      return { port: channel.port, close: async () => void (open--, await channel.close()) };
    };
    const checker = new ReleaseChecker({ openChannel: counting });
    await Promise.all([checker.check(request()), checker.check(request()), checker.check(request())]);
    expect(most).toBe(1);
  });
});
