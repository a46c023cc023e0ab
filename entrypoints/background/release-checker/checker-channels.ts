import { browser } from 'wxt/browser';
import { isCheckerPortMessage } from '@/utils/adapters/workers/checker-messages';
import { startCheckerWorker } from '@/utils/adapters/workers/start-checker-worker';
import type { CheckerChannel } from './release-checker';

/** How a checker worker is started here: Chromium's service worker needs an offscreen document; Firefox's background page starts it. */
export function checkerChannelOpener(): () => Promise<CheckerChannel> {
  if (browser.offscreen) {
    listenForCheckerPorts();
    return openOffscreenChannel;
  }
  if (typeof Worker === 'function') return openWorkerChannel;
  return () => Promise.reject(new Error('this browser cannot start a worker here'));
}

async function openWorkerChannel(): Promise<CheckerChannel> {
  const { worker, port } = startCheckerWorker();
  return { port, close: async () => (port.close(), worker.terminate()) };
}

const OFFSCREEN_PAGE = '/offscreen.html';
const PORT_WAIT_MS = 10_000;
let deliverPort: ((port: MessagePort) => void) | null = null;

/**
 * The offscreen document hands its worker's port over with a message to the
 * service worker. Chromium only dispatches a service worker's `message`
 * events to listeners added while its script first runs: this runs then.
 */
function listenForCheckerPorts(): void {
  globalThis.addEventListener('message', ({ data }: Event & { data?: unknown }) => {
    if (!isCheckerPortMessage(data)) return;
    deliverPort?.(data.port);
    deliverPort = null;
  });
}

/** A document that lives for one check: it starts the checker worker and sends its port back. */
async function openOffscreenChannel(): Promise<CheckerChannel> {
  // A document left over by a service worker stopped mid-check would make creating one fail.
  await closeOffscreenDocument();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const port = new Promise<MessagePort>((resolve, reject) => {
    deliverPort = resolve;
    timer = setTimeout(() => reject(new Error('the offscreen document sent no checker port')), PORT_WAIT_MS);
  });
  port.catch(() => undefined); // awaited below; not an unhandled rejection meanwhile
  try {
    await browser.offscreen.createDocument({
      url: OFFSCREEN_PAGE,
      reasons: [browser.offscreen.Reason.WORKERS],
      justification: 'Verifies dataset releases in a worker, so the service worker keeps answering pages meanwhile.',
    });
    return { port: await port, close: closeOffscreenDocument };
  } catch (error) {
    await closeOffscreenDocument();
    throw error;
  } finally {
    clearTimeout(timer);
    deliverPort = null;
  }
}

async function closeOffscreenDocument(): Promise<void> {
  // Rejects when there is no document: nothing to close then.
  await browser.offscreen.closeDocument().catch(() => undefined);
}
