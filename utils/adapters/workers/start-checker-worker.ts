import { browser } from 'wxt/browser';
import { CHECKER_WORKER_PATH, type PortMessage } from './checker-messages';

/** Starts the release checker worker and returns it with the port that talks to it. */
export function startCheckerWorker(): { worker: Worker; port: MessagePort } {
  const worker = new Worker(browser.runtime.getURL(CHECKER_WORKER_PATH));
  const channel = new MessageChannel();
  const connect: PortMessage<'repere-checker-connect'> = { kind: 'repere-checker-connect', port: channel.port2 };
  worker.postMessage(connect, [channel.port2]);
  return { worker, port: channel.port1 };
}
