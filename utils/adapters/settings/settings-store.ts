import { browser } from 'wxt/browser';
import { parseSettings, SETTINGS_KEY, type Settings } from '../../settings/settings';

/** Reads and writes settings in `storage.local`, from any extension context. */
export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]);
}

/**
 * Changes from one context are applied one after the other: each is a
 * read-modify-write, and two running together would let the later write
 * drop the earlier change (a quick "save" then an edit of another field).
 */
let pendingUpdate: Promise<unknown> = Promise.resolve();

export function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const update = pendingUpdate.then(async () => {
    const next = parseSettings({ ...(await loadSettings()), ...change });
    await browser.storage.local.set({ [SETTINGS_KEY]: next });
    return next;
  });
  pendingUpdate = update.catch(() => undefined);
  return update;
}

/** Calls `listener` with the new settings whenever any context changes them. */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) listener(parseSettings(changes[SETTINGS_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
