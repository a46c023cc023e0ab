import { browser } from 'wxt/browser';
import { CHECKER_WORKER_PATH, type ConnectMessage } from '@/utils/release-check/checker-messages';
import type { CheckerChannel } from './release-checker';

/** Firefox: its background page can start the release checker worker itself. */
export async function openWorkerChannel(): Promise<CheckerChannel> {
  const worker = new Worker(browser.runtime.getURL(CHECKER_WORKER_PATH));
  const channel = new MessageChannel();
  const connect: ConnectMessage = { kind: 'repere-checker-connect', port: channel.port2 };
  worker.postMessage(connect, [channel.port2]);
  return {
    port: channel.port1,
    close: async () => {
      channel.port1.close();
      worker.terminate();
    },
  };
}
