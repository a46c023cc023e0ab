import { useEffect, useState } from 'preact/hooks';
import { readBoundCommands, type BoundCommand } from '@/utils/adapters/commands/keyboard-shortcuts';

/**
 * The keys the browser bound to Repère's commands, read again whenever the
 * page comes back into view: the person may have just set one in the
 * browser's shortcut settings, which has no change event to listen to.
 */
export function useBoundCommands(): BoundCommand[] | undefined {
  const [commands, setCommands] = useState<BoundCommand[] | undefined>(undefined);
  useEffect(() => {
    const read = () =>
      void readBoundCommands().then(setCommands, (error: unknown) => {
        console.error('[Repère] could not read the keyboard shortcuts', error);
        setCommands([]);
      });
    const onVisibilityChange = () => {
      if (document.visibilityState === 'visible') read();
    };
    read();
    document.addEventListener('visibilitychange', onVisibilityChange);
    return () => document.removeEventListener('visibilitychange', onVisibilityChange);
  }, []);
  return commands;
}
