import type { CheckerChannel } from '../../entrypoints/background/release-checker/release-checker';
import { serveChecks } from '../../utils/adapters/workers/serve-checks';

/**
 * A release checker on the other end of a real MessageChannel, in this
 * process: the messages, transfers and batches are those the extension's
 * worker exchanges with the background; only the thread is the same.
 */
export async function openInProcessChannel(): Promise<CheckerChannel> {
  const channel = new MessageChannel();
  serveChecks(channel.port2);
  return {
    port: channel.port1,
    close: async () => {
      channel.port1.close();
      channel.port2.close();
    },
  };
}
