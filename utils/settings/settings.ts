import channel from '../../data/release-channel.json';
import { CATEGORIES, type Category } from '../dataset/categories';

/**
 * The user's settings, kept in `storage.local` (it survives browser restarts
 * and every extension context, content scripts included, can read it and be
 * told when it changes).
 *
 * Parsed field by field: a damaged or missing value falls back to its own
 * default and leaves the other settings alone. (Hand-written rather than Zod:
 * this runs in the content script, on every page, where each kilobyte counts;
 * Zod validates everything that crosses a trust boundary in the background.)
 */
export interface Settings {
  /** Global pause: no marking anywhere. */
  paused: boolean;
  /** Host names where Repère does not run ("example.org"). */
  disabledSites: string[];
  language: 'auto' | 'fr' | 'en';
  markStyle: 'underline' | 'background' | 'none';
  /** How much page evidence an ambiguous acronym (ENS, DNS, ROR…) needs. */
  ambiguity: 'lenient' | 'normal' | 'strict';
  /** Mark each programme once per page (the rest is still counted). */
  firstMentionOnly: boolean;
  /** Kinds of term not marked at all (e.g. institutions: ANS, DNS, CNS…). */
  mutedCategories: Category[];
  /** Open PDFs (http, https) in Repère's viewer, where they are marked, instead of the browser's. */
  openPdfs: boolean;
  /** Where releases are fetched from ('' = none configured). */
  updateUrl: string;
  autoUpdate: boolean;
  updateIntervalHours: number;
  /** Extra trusted release public keys (base64 raw Ed25519), besides the build's own. */
  trustedKeys: string[];
  /** Update URLs for which the user explicitly accepts unsigned releases. */
  allowUnsignedFor: string[];
}

/** What shapes marking in a page: sent to content scripts with their page setup. */
export type ContentSettings = Pick<Settings, 'language' | 'markStyle' | 'ambiguity' | 'firstMentionOnly' | 'mutedCategories'>;

export function contentSettingsOf(settings: Settings): ContentSettings {
  const { language, markStyle, ambiguity, firstMentionOnly, mutedCategories } = settings;
  return { language, markStyle, ambiguity, firstMentionOnly, mutedCategories };
}

export type MarkStyle = Settings['markStyle'];
export type AmbiguityLevel = Settings['ambiguity'];

export const SETTINGS_KEY = 'settings';

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  paused: false,
  disabledSites: [],
  language: 'auto',
  markStyle: 'underline',
  ambiguity: 'normal',
  firstMentionOnly: false,
  mutedCategories: [],
  openPdfs: true,
  // The build's release channel (data/release-channel.json; "" by default).
  updateUrl: channel.updateUrl,
  autoUpdate: true,
  updateIntervalHours: 6,
  trustedKeys: [],
  allowUnsignedFor: [],
});

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

function stringList(value: unknown, maxLength: number, fallback: string[]): string[] {
  if (!Array.isArray(value)) return fallback;
  return value.filter((item): item is string => typeof item === 'string' && item.length <= maxLength).slice(0, 1000);
}

export function parseSettings(stored: unknown): Settings {
  const value = (stored !== null && typeof stored === 'object' ? stored : {}) as Record<string, unknown>;
  const d = DEFAULT_SETTINGS;
  const hours = value.updateIntervalHours;
  return {
    paused: typeof value.paused === 'boolean' ? value.paused : d.paused,
    disabledSites: stringList(value.disabledSites, 253, []),
    language: oneOf(value.language, ['auto', 'fr', 'en'], d.language),
    markStyle: oneOf(value.markStyle, ['underline', 'background', 'none'], d.markStyle),
    ambiguity: oneOf(value.ambiguity, ['lenient', 'normal', 'strict'], d.ambiguity),
    firstMentionOnly: typeof value.firstMentionOnly === 'boolean' ? value.firstMentionOnly : d.firstMentionOnly,
    mutedCategories: stringList(value.mutedCategories, 40, []).filter((item): item is Category =>
      (CATEGORIES as readonly string[]).includes(item),
    ),
    openPdfs: typeof value.openPdfs === 'boolean' ? value.openPdfs : d.openPdfs,
    updateUrl: typeof value.updateUrl === 'string' && value.updateUrl.length <= 2000 ? value.updateUrl : d.updateUrl,
    autoUpdate: typeof value.autoUpdate === 'boolean' ? value.autoUpdate : d.autoUpdate,
    updateIntervalHours:
      typeof hours === 'number' && Number.isFinite(hours) && hours >= 1 && hours <= 168 ? hours : d.updateIntervalHours,
    trustedKeys: stringList(value.trustedKeys, 200, []),
    allowUnsignedFor: stringList(value.allowUnsignedFor, 2000, []),
  };
}

/** "www.Example.org" and "example.org." are the same site to a reader. */
export function siteOf(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol !== 'http:' && protocol !== 'https:') return null;
    return hostname.toLowerCase().replace(/\.$/, '').replace(/^www\./, '');
  } catch {
    return null;
  }
}

export function isSiteDisabled(settings: Settings, url: string): boolean {
  const site = siteOf(url);
  return site !== null && settings.disabledSites.includes(site);
}

export function isActiveOn(settings: Settings, url: string): boolean {
  return !settings.paused && !isSiteDisabled(settings, url);
}
