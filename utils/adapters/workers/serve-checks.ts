import { checkRelease } from '../../dataset/check-release';
import { asReleaseError } from '../../dataset/release-error';
import type { CheckerReply, CheckMessage } from './checker-messages';

/**
 * The checker worker's side: each check asked on `port` runs here, off the
 * background's thread, where the steps that cannot be cut up (the Ed25519
 * signature, SHA-256, `JSON.parse` and the schema over the whole file, the
 * lookup view) hold up nothing else. One request, one reply.
 */
export function serveChecks(port: MessagePort): void {
  port.onmessage = async ({ data }: MessageEvent<CheckMessage>) => port.postMessage(await answer(data));
}

async function answer({ file, diffAgainst, ...rest }: CheckMessage): Promise<CheckerReply> {
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const result = await checkRelease({ ...rest, bytes, ...(diffAgainst ? { diffAgainst: await diffAgainst.text() } : {}) });
    return { ok: true, result };
  } catch (error) {
    const { code, detail } = asReleaseError(error);
    return { ok: false, code, ...(detail !== undefined ? { detail } : {}) };
  }
}
