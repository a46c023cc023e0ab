import { browser } from 'wxt/browser';

/** One of the extension's keyboard commands and the key the browser bound to it ('' when none). */
export interface BoundCommand {
  name: string;
  shortcut: string;
}

/**
 * The keys the browser really bound, which may differ from the manifest's
 * suggestions: a suggestion that clashes with another extension is left
 * unbound, and the person may have changed or cleared any key since.
 */
export async function readBoundCommands(): Promise<BoundCommand[]> {
  const commands = await browser.commands.getAll();
  return commands.filter((command) => command.name).map((command) => ({ name: command.name!, shortcut: command.shortcut ?? '' }));
}

const IS_FIREFOX = import.meta.env.BROWSER === 'firefox';

/** Where the browser's shortcut settings live, shown as the link's address. */
export const SHORTCUT_SETTINGS_URL = IS_FIREFOX ? 'about:addons' : 'chrome://extensions/shortcuts';

/**
 * Opens the browser's shortcut settings. A page may not navigate to
 * chrome:// or about: addresses by a plain link, but the extension may open
 * them: Firefox (137+) has commands.openShortcutSettings(), Chromium a tab
 * on its shortcuts page.
 */
export async function openShortcutSettings(): Promise<void> {
  const commands = browser.commands as typeof browser.commands & { openShortcutSettings?: () => Promise<void> };
  if (typeof commands.openShortcutSettings === 'function') return commands.openShortcutSettings();
  await browser.tabs.create({ url: SHORTCUT_SETTINGS_URL });
}
