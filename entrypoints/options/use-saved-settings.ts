import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '@/utils/settings/settings';
import type { SaveSettings } from './sections/save-settings';

/**
 * The settings as the page shows them: a change shows at once, before the
 * background has written it and the storage event has come back (else a
 * re-render in between, a feedback line appearing, would flip a checkbox
 * back). The next settings that arrive replace it; a refused save undoes it.
 */
export function useSavedSettings(settings: Settings | undefined, save: SaveSettings): [Settings | undefined, SaveSettings] {
  const [pending, setPending] = useState<Partial<Settings>>({});
  useEffect(() => setPending((before) => (Object.keys(before).length > 0 ? {} : before)), [settings]);
  const saveShown: SaveSettings = async (change) => {
    setPending((before) => ({ ...before, ...change }));
    try {
      return await save(change);
    } catch (error) {
      setPending((before) => (Object.keys(before).length > 0 ? {} : before));
      throw error;
    }
  };
  return [settings && { ...settings, ...pending }, saveShown];
}
