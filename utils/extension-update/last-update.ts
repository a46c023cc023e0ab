/**
 * What the background records when the extension is updated (or an
 * unpacked build reloaded): the popup may read it to show a short "what's
 * new" note once, where a first install opens the welcome page instead.
 */
export const LAST_UPDATE_KEY = 'lastUpdate';

export interface LastUpdate {
  /** The version before the update ('' when the browser did not say). */
  previousVersion: string;
  version: string;
  at: string;
}

/** True when the update brought a new version (a reload of the same build does not). */
export function isNewVersion(update: LastUpdate): boolean {
  return update.previousVersion !== '' && update.previousVersion !== update.version;
}
