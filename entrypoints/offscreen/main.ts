import { browser } from 'wxt/browser';
import { CHECKER_WORKER_PATH, type ConnectMessage, type CheckerPortMessage } from '@/utils/release-check/checker-messages';

/**
 * The offscreen document exists only because a Chromium service worker
 * cannot start a worker itself: it starts the release checker worker and
 * hands the service worker a port to it, so the two talk directly and this
 * page's own thread (shared with the popup and options) stays free.
 */
async function connectChecker(): Promise<void> {
  const worker = new Worker(browser.runtime.getURL(CHECKER_WORKER_PATH));
  const channel = new MessageChannel();
  const connect: ConnectMessage = { kind: 'repere-checker-connect', port: channel.port2 };
  worker.postMessage(connect, [channel.port2]);
  const registration = await navigator.serviceWorker.ready;
  const handOver: CheckerPortMessage = { kind: 'repere-checker-port', port: channel.port1 };
  registration.active?.postMessage(handOver, [channel.port1]);
}

void connectChecker();
