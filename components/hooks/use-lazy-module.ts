import { useEffect, useState } from 'preact/hooks';

/**
 * A module loaded only once it is `wanted` (then kept): what a page's first
 * screen does not show need not be fetched and parsed before it is drawn.
 * Null until loaded. Extension pages load their own chunks, so this works
 * offline and within the extension's CSP.
 */
export function useLazyModule<Module>(load: () => Promise<Module>, wanted: boolean): Module | null {
  const [module, setModule] = useState<Module | null>(null);
  useEffect(() => {
    if (!wanted || module) return;
    let current = true;
    void load().then((loaded) => current && setModule(() => loaded));
    return () => {
      current = false;
    };
  }, [wanted]);
  return module;
}
