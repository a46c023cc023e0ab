import type { CheckResult } from '@/utils/dataset/check-release';
import { ReleaseError } from '@/utils/dataset/release-error';
import type { CheckerReply, CheckMessage } from '@/utils/adapters/workers/checker-messages';

/** A port to a checker worker, and how to let it go when done. */
export interface CheckerChannel {
  port: MessagePort;
  close(): Promise<void>;
}

/**
 * Runs a release check in a checker worker started for it and let go after
 * it: one request, one reply. If no worker can be started, or it does not
 * answer, the check fails with its own reason ("checker-unavailable") and
 * sync backs off as after any failure; it never runs here instead. (Sync
 * runs one check at a time: a Chromium extension has one offscreen document.)
 */
export class ReleaseChecker {
  constructor(private readonly options: { openChannel: () => Promise<CheckerChannel>; answerWithinMs?: number }) {}

  async check(request: CheckMessage): Promise<CheckResult> {
    const channel = await this.options.openChannel().catch((error: unknown) => {
      throw new ReleaseError('checker-unavailable', String((error as Error)?.message ?? error).slice(0, 120));
    });
    const waitMs = this.options.answerWithinMs ?? 60_000;
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      return await new Promise<CheckResult>((resolve, reject) => {
        timer = setTimeout(() => reject(new ReleaseError('checker-unavailable', `no answer in ${waitMs / 1000} s`)), waitMs);
        channel.port.onmessage = ({ data }: MessageEvent<CheckerReply>) => (data.ok ? resolve(data.result) : reject(new ReleaseError(data.code, data.detail)));
        channel.port.postMessage(request);
      });
    } finally {
      clearTimeout(timer);
      await channel.close();
    }
  }
}
