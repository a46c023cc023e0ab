import { ReleaseError } from '@/utils/dataset/release-error';
import { checkRelease, type CheckRequest, type CheckResult } from '@/utils/adapters/network/check-release';
import type { CheckerReply, CheckMessage, CheckSummary, NextMessage } from '@/utils/adapters/workers/checker-messages';
import { peekRelease } from '@/utils/adapters/network/fetch-release';
import { parseRecords, type ParsedRecords } from '@/utils/dataset/release-records';
import { TimeSlicer } from '@/utils/scheduling/time-slicer';

/** A port to a checker worker, and how to let it go when done. */
export interface CheckerChannel {
  port: MessagePort;
  close(): Promise<void>;
}

/** A check's result, and where it ran: in the checker worker, or here in slices. */
export type CheckOutcome = CheckResult & { offThread: boolean };

export interface ReleaseCheckerOptions {
  /** Starts a checker worker; null where none can be started (then checks run here). */
  openChannel: (() => Promise<CheckerChannel>) | null;
  /** How long the worker may stay silent, beyond the download's own limit, before the check runs here instead. */
  graceMs?: number;
}

/**
 * Runs release checks (`checkRelease`: download, verify, compare) in a
 * checker worker, and brings a verified release back in batches of records,
 * each parsed here as it comes. The download, the signature and hash checks
 * and the parse of the whole file each hold a thread for tens of
 * milliseconds on a big release and cannot be sliced; off this thread,
 * lookups from pages are answered meanwhile. If no worker can be started, or it fails or never
 * answers, the same check runs here: slower to answer lookups, equally
 * strict.
 */
export class ReleaseChecker {
  private queue: Promise<unknown> = Promise.resolve();
  private nextId = 1;

  constructor(private readonly options: ReleaseCheckerOptions) {}

  /** One check at a time: a Chromium extension has one offscreen document. */
  check(request: CheckRequest): Promise<CheckOutcome> {
    const run = this.queue.then(() => this.checkNow(request));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async checkNow(request: CheckRequest): Promise<CheckOutcome> {
    // Most checks find nothing new: one conditional request from here says
    // so (or says what failed) without starting a worker, which in Chromium
    // means creating a document.
    if (request.input.kind === 'url' && this.options.openChannel) {
      if ((await peekRelease(request.input)) === 'not-modified') return { status: 'not-modified', offThread: false };
    }
    const channel = await this.tryOpenChannel();
    if (channel) {
      try {
        return { ...(await this.askWorker(channel.port, request)), offThread: true };
      } catch (error) {
        // A refused release is an answer; anything else is the worker failing.
        if (error instanceof ReleaseError) throw error;
        console.warn('[Repère] the release checker failed; checking in the background itself', error);
      } finally {
        await channel.close();
      }
    }
    return { ...(await checkRelease(request, new TimeSlicer())), offThread: false };
  }

  private async tryOpenChannel(): Promise<CheckerChannel | null> {
    if (!this.options.openChannel) return null;
    try {
      return await this.options.openChannel();
    } catch (error) {
      console.warn('[Repère] no release checker worker; checking in the background itself', error);
      return null;
    }
  }

  private async askWorker(port: MessagePort, request: CheckRequest): Promise<CheckResult> {
    const { result, records, textPieces } = await this.receive(port, request);
    if (result.status !== 'verified') return result;
    const { head, validators } = result;
    return { status: 'verified', release: { ...head, ...records }, textPieces, ...(validators ? { validators } : {}) };
  }

  /** Sends the check and gathers records (parsed as they come) and text, up to the summary or the failure. */
  private receive(port: MessagePort, request: CheckRequest): Promise<{ result: CheckSummary; records: ParsedRecords; textPieces: string[] }> {
    const id = this.nextId++;
    const records: ParsedRecords = { terms: [], milestones: [], sources: [] };
    const textPieces: string[] = [];
    const silentMs = (request.input.kind === 'url' ? request.input.timeoutMs : 0) + (this.options.graceMs ?? 30_000);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`silent for ${silentMs} ms`)), silentMs);
      // Asked for after a turn of the event loop, so lookups waiting get theirs first.
      const askNext = () => setTimeout(() => port.postMessage({ kind: 'next', id } satisfies NextMessage), 0);
      port.onmessage = ({ data }: MessageEvent<CheckerReply>) => {
        if (data?.id !== id) return;
        if (data.kind === 'records') {
          parseRecords(data.records, records);
          return askNext();
        }
        if (data.kind === 'text') {
          textPieces.push(data.piece);
          return askNext();
        }
        clearTimeout(timer);
        if (data.kind === 'done') resolve({ result: data.result, records, textPieces });
        else reject(data.code ? new ReleaseError(data.code, data.detail) : new Error(`checker: ${data.detail ?? 'failed'}`));
      };
      const message: CheckMessage = { kind: 'check', id, request: withOwnBytes(request) };
      port.postMessage(message, message.request.input.kind === 'bytes' ? [message.request.input.bytes.buffer] : []);
    });
  }
}

/** The bytes to check are handed over (transferred, not cloned) as a copy: the caller keeps its own. */
function withOwnBytes(request: CheckRequest): CheckRequest {
  return request.input.kind === 'bytes' ? { ...request, input: { ...request.input, bytes: request.input.bytes.slice() } } : request;
}
