import { ReleaseError } from '../dataset/release-error';
import { TimeSlicer } from '../scheduling/time-slicer';
import { checkRelease } from './check-release';
import type { CheckerReply, CheckMessage } from './checker-messages';
import { releaseToRecords, type ReleaseRecords } from './release-records';

/** About how many characters of records go in one message (see CheckerReply). */
const BATCH_CHARS = 128 * 1024;

/**
 * The checker worker's side: each check asked on `port` runs here, off the
 * background's thread, where the steps that cannot be cut into slices (the
 * download, the Ed25519 signature, SHA-256, `JSON.parse` of the whole file)
 * hold up nothing else. The answer is the release in records, or the
 * ReleaseError's code.
 */
export function serveChecks(port: MessagePort): void {
  port.onmessage = async ({ data: { id, request } }: MessageEvent<CheckMessage>) => {
    const post = (reply: CheckerReply) => port.postMessage(reply);
    try {
      // Nothing else runs on this thread: no need to give way.
      const result = await checkRelease(request, new TimeSlicer(Number.POSITIVE_INFINITY));
      if (result.status !== 'verified') return post({ id, kind: 'done', result });
      const { head, ...records } = releaseToRecords(result.release);
      for (const batch of inBatches(records)) post({ id, kind: 'records', records: batch });
      for (const piece of result.textPieces) post({ id, kind: 'text', piece });
      post({ id, kind: 'done', result: { status: 'verified', head, ...(result.validators ? { validators: result.validators } : {}) } });
    } catch (error) {
      post(
        error instanceof ReleaseError
          ? { id, kind: 'failed', code: error.code, ...(error.detail !== undefined ? { detail: error.detail } : {}) }
          : { id, kind: 'failed', code: null, detail: String((error as Error)?.message ?? error).slice(0, 120) },
      );
    }
  };
}

function* inBatches(records: Omit<ReleaseRecords, 'head'>): Generator<Partial<Omit<ReleaseRecords, 'head'>>> {
  for (const key of ['terms', 'milestones', 'sources'] as const) {
    let batch: string[] = [];
    let chars = 0;
    for (const record of records[key]) {
      batch.push(record);
      chars += record.length;
      if (chars >= BATCH_CHARS) {
        yield { [key]: batch };
        batch = [];
        chars = 0;
      }
    }
    if (batch.length > 0) yield { [key]: batch };
  }
}
