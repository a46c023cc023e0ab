import { beforeAll, describe, expect, it } from 'vitest';
import { ReleaseChecker, type CheckerChannel } from '../../../entrypoints/background/release-checker/release-checker';
import type { CheckMessage } from '../../../utils/adapters/workers/checker-messages';
import { serveChecks } from '../../../utils/adapters/workers/serve-checks';
import { unpackLookupView } from '../../../utils/dataset/lookup-view';
import { ReleaseError } from '../../../utils/dataset/release-error';
import type { Release } from '../../../utils/dataset/schema';
import { openInProcessChannel } from '../../support/in-process-checker';
import { rehash, sampleRelease } from '../../support/sample-release';
import { makeKeyPair, sign, type TestKeyPair } from '../../support/signing';

let keys: TestKeyPair;
let text: string;
let signatureFile: string;
beforeAll(async () => {
  keys = await makeKeyPair();
  text = JSON.stringify(await sampleRelease('2026.2.1'));
  signatureFile = await sign(text, keys);
});

const request = (overrides: Partial<CheckMessage> = {}): CheckMessage => ({
  file: new Blob([text]),
  signatureFile,
  trustedKeys: [keys.publicKey],
  requireSignature: true,
  ...overrides,
});

/** An in-process checker that counts the messages each way. */
async function countingChannel(counts: { sent: number; received: number }): Promise<CheckerChannel> {
  const channel = new MessageChannel();
  const worker = channel.port2;
  serveChecks(worker);
  const serve = worker.onmessage!;
  worker.onmessage = (event) => {
    counts.sent++;
    return serve.call(worker, event);
  };
  const post = worker.postMessage.bind(worker);
  worker.postMessage = (message: unknown) => {
    counts.received++;
    post(message);
  };
  return { port: channel.port1, close: async () => (channel.port1.close(), channel.port2.close()) };
}

describe('the release checker', () => {
  it('verifies in the checker, as one request and one reply, and brings back the head, the lookup view and what changed', async () => {
    const counts = { sent: 0, received: 0 };
    const installed = await sampleRelease('2026.1.1');
    const changed: Release = JSON.parse(text);
    changed.terms[0]!.status.phase = 'generalised';
    const body = JSON.stringify(await rehash(changed));
    const outcome = await new ReleaseChecker({ openChannel: () => countingChannel(counts) }).check(
      request({
        file: new Blob([body]),
        signatureFile: await sign(body, keys),
        newerThan: { version: installed.version, hash: installed.hash },
        diffAgainst: new Blob([JSON.stringify(installed)]),
      }),
    );
    expect(counts).toEqual({ sent: 1, received: 1 });
    if (outcome.status !== 'verified') throw new Error(outcome.status);
    expect(outcome.head.version).toBe('2026.2.1');
    expect((await unpackLookupView(outcome.lookups)).index.matcher.aliases.map((alias) => alias.termId)).toContain('ins');
    expect(outcome.changes?.statusChanged.map((change) => [change.id, change.from, change.to])).toEqual([['ins', 'mandatory', 'generalised']]);
  });

  it('reports a refused release with its reason', async () => {
    const tampered = request({ file: new Blob([text.replace('2026.2.1', '2026.2.2')]) });
    const error = await new ReleaseChecker({ openChannel: openInProcessChannel }).check(tampered).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ReleaseError);
    expect((error as ReleaseError).code).toBe('signature-invalid');
  });

  it('fails with its own reason, and checks nothing here, when no checker starts or it never answers', async () => {
    const failing = async (): Promise<CheckerChannel> => {
      throw new Error('no offscreen document');
    };
    let closed = false;
    const silent = async (): Promise<CheckerChannel> => {
      const channel = new MessageChannel();
      return { port: channel.port1, close: async () => void (closed = true) };
    };
    for (const checker of [new ReleaseChecker({ openChannel: failing }), new ReleaseChecker({ openChannel: silent, answerWithinMs: 50 })]) {
      const error = await checker.check(request()).catch((caught: unknown) => caught);
      expect((error as ReleaseError).code).toBe('checker-unavailable');
    }
    expect(closed).toBe(true);
  });
});
