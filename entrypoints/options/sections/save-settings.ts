import type { Settings } from '@/utils/settings/settings';

/** How a section saves a change: through the background, which writes settings (changeSettings); tests pass their own. */
export type SaveSettings = (change: Partial<Settings>) => Promise<Settings>;
