import { parsePublicKey } from '../dataset/release-signature';
import { isAllowedReleaseUrl } from '../dataset/release-url';
import type { UpdateStringKey } from '../i18n/update-strings';
import { siteOf } from './settings';

/**
 * What a person types in the options page, read as they type: the value to
 * save, or why it is refused (a sentence key the page shows beside the field).
 */
export type InputResult<T> = { ok: true; value: T } | { ok: false; reason: UpdateStringKey };

const refused = (reason: UpdateStringKey): InputResult<never> => ({ ok: false, reason });

/** The update address: empty (none), https, or http on localhost. */
export function readUpdateUrl(text: string): InputResult<string> {
  const url = text.trim();
  return url === '' || isAllowedReleaseUrl(url) ? { ok: true, value: url } : refused('input.urlInvalid');
}

/** A trusted key as pasted (wrapped, with spaces): its canonical base64, if it is a key not yet listed. */
export function readTrustedKey(text: string, listed: readonly string[]): InputResult<string> {
  const key = parsePublicKey(text);
  if (!key) return refused('input.keyInvalid');
  return listed.includes(key) ? refused('input.keyDuplicate') : { ok: true, value: key };
}

const HOST_NAME = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;

/** A site to exclude, typed as a domain ("exemple.fr") or pasted as a page address. */
export function readSite(text: string, listed: readonly string[]): InputResult<string> {
  const trimmed = text.trim();
  if (!trimmed || /\s/.test(trimmed)) return refused('input.siteInvalid');
  const site = siteOf(trimmed.includes('://') ? trimmed : `https://${trimmed}`);
  if (!site || !HOST_NAME.test(site)) return refused('input.siteInvalid');
  return listed.includes(site) ? refused('input.siteDuplicate') : { ok: true, value: site };
}

export const MIN_INTERVAL_HOURS = 1;
export const MAX_INTERVAL_HOURS = 168;

/** How often to check, in whole hours, from one hour to one week. */
export function readIntervalHours(text: string): InputResult<number> {
  if (!/^\s*\d+\s*$/.test(text)) return refused('input.intervalInvalid');
  const hours = Number(text);
  return hours >= MIN_INTERVAL_HOURS && hours <= MAX_INTERVAL_HOURS ? { ok: true, value: hours } : refused('input.intervalInvalid');
}
