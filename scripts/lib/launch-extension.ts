import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { requireChromium } from './find-browser';

export const CHROME_BUILD_DIR = path.resolve(import.meta.dirname, '../../.output/chrome-mv3');

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  close(): Promise<void>;
}

/**
 * Starts a real Chromium with the built extension loaded (headless unless
 * told otherwise), as DESIGN.md describes: a persistent context, the
 * extension given by --load-extension, its id read from its service worker.
 */
export async function launchWithExtension({
  extensionDir = CHROME_BUILD_DIR,
  headless = true,
  extraArgs = [],
  colorScheme = 'light',
  locale = 'fr-FR',
  userDataDir: givenProfile,
}: {
  /** Reuse a profile (to test what survives a restart); a fresh one is made and removed otherwise. */
  userDataDir?: string;
  extensionDir?: string;
  headless?: boolean;
  extraArgs?: string[];
  colorScheme?: 'light' | 'dark';
  locale?: string;
} = {}): Promise<ExtensionSession> {
  const executablePath = await requireChromium();
  const userDataDir = givenProfile ?? (await mkdtemp(path.join(os.tmpdir(), 'repere-profile-')));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless,
    colorScheme,
    locale,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--no-first-run',
      // This machine's network is closed: background connections only add noise.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      ...extraArgs,
    ],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    close: async () => {
      await context.close();
      if (!givenProfile) await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
