import { useLayoutEffect, useState } from 'preact/hooks';
import type { Settings } from '@/utils/settings/settings';
import { loadSettings, watchSettings } from '@/utils/adapters/settings/settings-store';

/** The current settings, updated live when any context changes them. */
export function useSettings(): Settings | undefined {
  const [settings, setSettings] = useState<Settings | undefined>(undefined);
  // A layout effect: the read starts with the first render, not a frame later.
  useLayoutEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  return settings;
}
