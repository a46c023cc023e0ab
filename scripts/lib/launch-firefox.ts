import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { requireFirefox } from './find-browser';

export const FIREFOX_BUILD_DIR = path.resolve(import.meta.dirname, '../../.output/firefox-mv3');

/** The add-on id the manifest declares (wxt.config.ts). */
const ADDON_ID = 'repere@repere-sante.fr';
/**
 * Firefox gives each add-on a random internal UUID; this pref fixes it, so
 * the extension's pages have a URL known in advance (the driver cannot ask
 * for it).
 */
const EXTENSION_UUID = '6f1d2c3b-7a8e-4b5c-9d0e-1f2a3b4c5d6e';

export interface FirefoxSession {
  browser: Browser;
  /** `moz-extension://…/` with a trailing slash. */
  extensionBase: string;
  close(): Promise<void>;
}

/**
 * Starts Debian's Firefox ESR headless through puppeteer-core (WebDriver
 * BiDi) and installs the built extension, as DESIGN.md describes.
 */
export async function launchFirefoxWithExtension({
  extensionDir = FIREFOX_BUILD_DIR,
  headless = true,
}: { extensionDir?: string; headless?: boolean } = {}): Promise<FirefoxSession> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: requireFirefox(),
    headless,
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: EXTENSION_UUID }),
      'intl.locale.requested': 'fr-FR',
      'intl.accept_languages': 'fr-FR, fr',
      // This machine's network is closed: no update or telemetry pings.
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
    },
  });
  await browser.installExtension(extensionDir);
  return {
    browser,
    extensionBase: `moz-extension://${EXTENSION_UUID}/`,
    close: () => browser.close(),
  };
}
