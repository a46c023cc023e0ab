import type { PortMessage } from '@/utils/adapters/workers/checker-messages';
import { startCheckerWorker } from '@/utils/adapters/workers/start-checker-worker';

/**
 * The offscreen document exists only because a Chromium service worker
 * cannot start a worker itself: it starts the release checker worker and
 * hands the service worker a port to it, so the two talk directly and this
 * page's own thread (shared with the popup and options) stays free.
 */
async function connectChecker(): Promise<void> {
  const { port } = startCheckerWorker();
  const registration = await navigator.serviceWorker.ready;
  const handOver: PortMessage<'repere-checker-port'> = { kind: 'repere-checker-port', port };
  registration.active?.postMessage(handOver, [port]);
}

void connectChecker();
