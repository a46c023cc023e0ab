import { browser } from 'wxt/browser';
import { isCheckerPortMessage } from '@/utils/adapters/workers/checker-messages';
import type { CheckerChannel } from './release-checker';

const OFFSCREEN_PAGE = '/offscreen.html';
const PORT_WAIT_MS = 10_000;

let deliverPort: ((port: MessagePort) => void) | null = null;

/**
 * The offscreen document hands its worker's port over with a message to
 * the service worker. Call this when the background starts: Chromium only
 * dispatches a service worker's `message` events to listeners added while
 * its script first runs.
 */
export function listenForCheckerPorts(): void {
  globalThis.addEventListener('message', (event: Event) => {
    const { data } = event as MessageEvent;
    if (!isCheckerPortMessage(data)) return;
    deliverPort?.(data.port);
    deliverPort = null;
  });
}

/**
 * Chromium: a service worker cannot start a worker, so an offscreen
 * document starts the release checker worker and sends its port back. The
 * document lives only for one check.
 */
export async function openOffscreenChannel(): Promise<CheckerChannel> {
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
      justification: 'Downloads and verifies dataset releases in a worker, so the service worker keeps answering pages meanwhile.',
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
