import type { BrowserContext } from '@playwright/test';

/**
 * What a person does on chrome://extensions, done through the API that
 * page itself calls (chrome.developerPrivate, which only that page has):
 * turning developer mode on, setting or clearing a command's key, and
 * "Allow access to file URLs".
 */
async function onExtensionsPage<T>(context: BrowserContext, url: string, action: (arg: unknown) => Promise<T>, arg: unknown): Promise<T> {
  const page = await context.newPage();
  try {
    await page.goto(url);
    return await page.evaluate(action, arg);
  } finally {
    await page.close();
  }
}

interface DeveloperPrivate {
  updateProfileConfiguration(update: { inDeveloperMode: boolean }): Promise<void>;
  updateExtensionCommand(update: { extensionId: string; commandName: string; keybinding: string }): Promise<void>;
  updateExtensionConfiguration(update: { extensionId: string; fileAccess: boolean }): Promise<void>;
}

/**
 * Chromium disables an unpacked extension loaded with --load-extension when
 * it reloads outside developer mode ("unsupported developer extension"):
 * reloading is how the tests update one.
 */
export function enableDeveloperMode(context: BrowserContext): Promise<void> {
  return onExtensionsPage(
    context,
    'chrome://extensions',
    () => (chrome as unknown as { developerPrivate: DeveloperPrivate }).developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }),
    null,
  );
}

/** Binds `keybinding` ("Alt+Shift+N") to a command, or clears it with ''. */
export function setCommandKey(context: BrowserContext, update: { extensionId: string; commandName: string; keybinding: string }): Promise<void> {
  return onExtensionsPage(
    context,
    'chrome://extensions/shortcuts',
    (update) =>
      (chrome as unknown as { developerPrivate: DeveloperPrivate }).developerPrivate.updateExtensionCommand(
        update as { extensionId: string; commandName: string; keybinding: string },
      ),
    update,
  );
}

/** The "Allow access to file URLs" toggle of the extension's details (Chromium reloads the extension for it). */
export function setFileAccess(context: BrowserContext, update: { extensionId: string; fileAccess: boolean }): Promise<void> {
  return onExtensionsPage(
    context,
    'chrome://extensions',
    (update) =>
      (chrome as unknown as { developerPrivate: DeveloperPrivate }).developerPrivate.updateExtensionConfiguration(update as { extensionId: string; fileAccess: boolean }),
    update,
  );
}
