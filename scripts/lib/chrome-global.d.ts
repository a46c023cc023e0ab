// Scripts and tests evaluate code inside extension pages that calls `chrome.*`
// directly (serialised by Playwright, it runs in Chromium, not in Node).
import type { browser } from 'wxt/browser';

declare global {
  const chrome: typeof browser;
}
