/**
 * What the background keeps in storage.local about installs and updates.
 *
 * The welcome page opens once per profile, on the first install: the
 * record of it having been shown is what "once" rests on, not the
 * install event alone, because Chromium reports an extension loaded with
 * --load-extension as newly installed at every browser start.
 */
export const WELCOME_SHOWN_KEY = 'welcomeShown';

export interface WelcomeShown {
  /** The extension version that showed it. */
  version: string;
  at: string;
}

/**
 * The last update (or reload of an unpacked build): the popup may read it
 * to show a short "what's new" note once, where a first install opens the
 * welcome page instead.
 */
export const LAST_UPDATE_KEY = 'lastUpdate';

export interface LastUpdate {
  /** The version before the update ('' when the browser did not say). */
  previousVersion: string;
  version: string;
  at: string;
}

