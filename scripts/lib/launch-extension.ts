import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { WELCOME_PAGE } from '../../utils/messaging/extension-pages';
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
  keepWelcomeTab = false,
}: {
  /** Reuse a profile (to test what survives a restart); a fresh one is made and removed otherwise. */
  userDataDir?: string;
  extensionDir?: string;
  headless?: boolean;
  extraArgs?: string[];
  colorScheme?: 'light' | 'dark';
  locale?: string;
  /** Leave the welcome tab a first install opens (to test it); closed otherwise. */
  keepWelcomeTab?: boolean;
} = {}): Promise<ExtensionSession> {
  const executablePath = await requireChromium();
  const userDataDir = givenProfile ?? (await mkdtemp(path.join(os.tmpdir(), 'repere-profile-')));
  const firstRun = (await readdir(userDataDir)).length === 0;
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
  if (firstRun && !keepWelcomeTab) await closeWelcomeTab(context);
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

/**
 * On install Repère opens its welcome page in a new tab, which becomes the
 * active one: a page opened before it would be a background tab, whose
 * frames Chromium throttles to one a second. Sessions close it once it has
 * opened (and fail, saying so, if it never does).
 */
async function closeWelcomeTab(context: BrowserContext): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const welcome = context.pages().find((page) => page.url().endsWith(`/${WELCOME_PAGE}`));
    if (welcome) return welcome.close();
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the welcome tab (${WELCOME_PAGE}) did not open on first install`);
}
