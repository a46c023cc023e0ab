import type { Worker } from '@playwright/test';
import type { ExtensionSession } from '../lib/launch-extension';

/**
 * The extension's service worker running now: Chromium may replace it
 * during a long run, and a handle to the old one answers nothing.
 */
export async function currentServiceWorker(extension: ExtensionSession): Promise<Worker> {
  const prefix = `chrome-extension://${extension.extensionId}/`;
  return (
    extension.context.serviceWorkers().find((candidate) => candidate.url().startsWith(prefix)) ??
    (await extension.context.waitForEvent('serviceworker', { timeout: 30_000 }))
  );
}

/** A bench step that fails with its name rather than wait forever (a run once stalled ten minutes, idle). */
export function within<T>(what: string, promise: Promise<T>, ms = 120_000): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`[bench] ${what} did not finish within ${ms / 1000} s`)), ms).unref()),
  ]);
}
