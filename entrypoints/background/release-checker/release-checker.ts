import type { CheckResult } from '@/utils/dataset/check-release';
import { ReleaseError } from '@/utils/dataset/release-error';
import type { CheckerReply, CheckMessage } from '@/utils/adapters/workers/checker-messages';

/** A port to a checker worker, and how to let it go when done. */
export interface CheckerChannel {
  port: MessagePort;
  close(): Promise<void>;
}

export type CheckRequest = Omit<CheckMessage, 'id'>;

export interface ReleaseCheckerOptions {
  /** Starts a checker worker: in Chromium through an offscreen document, in Firefox directly. */
  openChannel: () => Promise<CheckerChannel>;
  /** How long the worker may take to answer. */
  answerWithinMs?: number;
}

/**
 * Runs release checks in a checker worker, started for the check and let
 * go after it: one request, one reply. If no worker can be started, or it
 * does not answer, the check fails with its own reason ("checker-unavailable")
 * and sync backs off like after any failure; it never runs here instead.
 */
export class ReleaseChecker {
  private queue: Promise<unknown> = Promise.resolve();
  private nextId = 1;

  constructor(private readonly options: ReleaseCheckerOptions) {}

  /** One check at a time: a Chromium extension has one offscreen document. */
  check(request: CheckRequest): Promise<CheckResult> {
    const run = this.queue.then(() => this.checkNow(request));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async checkNow(request: CheckRequest): Promise<CheckResult> {
    let channel: CheckerChannel;
    try {
      channel = await this.options.openChannel();
    } catch (error) {
      throw new ReleaseError('checker-unavailable', String((error as Error)?.message ?? error).slice(0, 120));
    }
    try {
      return await this.ask(channel.port, request);
    } finally {
      await channel.close();
    }
  }

  private ask(port: MessagePort, request: CheckRequest): Promise<CheckResult> {
    const id = this.nextId++;
    const waitMs = this.options.answerWithinMs ?? 60_000;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new ReleaseError('checker-unavailable', `no answer in ${waitMs / 1000} s`)), waitMs);
      port.onmessage = ({ data }: MessageEvent<CheckerReply>) => {
        if (data?.id !== id) return;
        clearTimeout(timer);
        if (data.ok) resolve(data.result);
        else reject(new ReleaseError(data.code, data.detail));
      };
      port.postMessage({ ...request, id } satisfies CheckMessage);
    });
  }
}
