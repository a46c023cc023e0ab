import type { Release } from '../../utils/dataset/schema';
import type { ReleaseServer } from '../support/release-server';

/**
 * What a journey needs from a browser tab, whichever driver runs it:
 * Playwright for Chromium, puppeteer-core over WebDriver BiDi for Firefox.
 * Functions given to `evaluate` run in the page, so they must not close over
 * anything from the test, nor name inner functions (tsx, which runs the
 * Firefox suite, would wrap them in a `__name` call the page lacks).
 */
export interface JourneyPage {
  goto(url: string): Promise<void>;
  evaluate<Result, Arg>(fn: (arg: Arg) => Result | Promise<Result>, arg: Arg): Promise<Result>;
  mouseMove(x: number, y: number, steps?: number): Promise<void>;
  /** A key press, named as both drivers name them ("Escape", "Tab"). */
  press(key: string): Promise<void>;
  /** Focuses the element `selector` finds and types into it. */
  typeInto(selector: string, text: string): Promise<void>;
  close(): Promise<void>;
}

export interface JourneyBrowser {
  /** "Chromium" or "Firefox", for messages. */
  name: string;
  /** The fixture server (sample articles, `/release.json`). */
  origin: string;
  newPage(): Promise<JourneyPage>;
  /** Opens `popup.html?…` or `options.html` of the extension in a tab. */
  openExtensionPage(pathAndQuery: string): Promise<JourneyPage>;
  /** An extension page kept open, to call the extension's APIs from. */
  control: JourneyPage;
}

interface JourneyContext {
  browser: JourneyBrowser;
  /** The release the build bundled: expectations come from it, not from constants. */
  bundled: Release;
  /** Serves `/release.json` on the fixture server. */
  releases: ReleaseServer;
}

export interface Journey {
  name: string;
  run(context: JourneyContext): Promise<void>;
}
