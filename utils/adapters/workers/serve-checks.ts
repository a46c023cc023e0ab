import { ReleaseError } from '../../dataset/release-error';
import { TimeSlicer } from '../../scheduling/time-slicer';
import { checkRelease } from '../network/check-release';
import type { CheckerReply, CheckerRequest, CheckMessage } from './checker-messages';
import { releaseToRecords, type ReleaseRecords } from '../../dataset/release-records';

/** About how many characters of records go in one message (see CheckerReply). */
const BATCH_CHARS = 128 * 1024;

/**
 * The checker worker's side: each check asked on `port` runs here, off the
 * background's thread, where the steps that cannot be cut into slices (the
 * download, the Ed25519 signature, SHA-256, `JSON.parse` of the whole file)
 * hold up nothing else. The answer is the release in records, or the
 * ReleaseError's code.
 *
 * A verified release goes back one message at a time, the next when the
 * background asks for it: sent all at once, its messages would queue in the
 * background ahead of the pages' lookups.
 */
export function serveChecks(port: MessagePort): void {
  const waiting = new Map<number, CheckerReply[]>();
  const sendNext = (id: number) => {
    const reply = waiting.get(id)?.shift();
    if (!reply) return;
    if (reply.kind !== 'records' && reply.kind !== 'text') waiting.delete(id);
    port.postMessage(reply);
  };
  port.onmessage = async ({ data }: MessageEvent<CheckerRequest>) => {
    if (data.kind === 'next') return sendNext(data.id);
    waiting.set(data.id, await answer(data));
    sendNext(data.id);
  };
}

async function answer({ id, request }: CheckMessage): Promise<CheckerReply[]> {
  try {
    // Nothing else runs on this thread: no need to give way.
    const result = await checkRelease(request, new TimeSlicer(Number.POSITIVE_INFINITY));
    if (result.status !== 'verified') return [{ id, kind: 'done', result }];
    const { head, ...records } = releaseToRecords(result.release);
    return [
      ...[...inBatches(records)].map((batch): CheckerReply => ({ id, kind: 'records', records: batch })),
      ...result.textPieces.map((piece): CheckerReply => ({ id, kind: 'text', piece })),
      { id, kind: 'done', result: { status: 'verified', head, ...(result.validators ? { validators: result.validators } : {}) } },
    ];
  } catch (error) {
    return [
      error instanceof ReleaseError
        ? { id, kind: 'failed', code: error.code, ...(error.detail !== undefined ? { detail: error.detail } : {}) }
        : { id, kind: 'failed', code: null, detail: String((error as Error)?.message ?? error).slice(0, 120) },
    ];
  }
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
