import { isAllowedReleaseUrl } from './release-url';
import { parsePublicKey } from './release-signature';

/**
 * The release channel a build ships with (data/release-channel.json, one
 * reviewable file): the default update address and the keys whose
 * signatures it trusts. Both are empty by default: a build made from this
 * repository checks nothing until a maintainer fills them in (README,
 * "Publishing a dataset update").
 */
export interface ReleaseChannel {
  updateUrl: string;
  trustedKeys: string[];
}

/** Reads the channel file, refusing what the extension would refuse at run time. */
export function parseReleaseChannel(value: unknown): ReleaseChannel {
  const { updateUrl, trustedKeys } = (value ?? {}) as Partial<Record<keyof ReleaseChannel, unknown>>;
  if (typeof updateUrl !== 'string' || (updateUrl !== '' && !isAllowedReleaseUrl(updateUrl))) {
    throw new Error('release channel: "updateUrl" must be "" or an https:// address');
  }
  if (!Array.isArray(trustedKeys) || !trustedKeys.every((key) => typeof key === 'string' && parsePublicKey(key) !== null)) {
    throw new Error('release channel: "trustedKeys" must list base64 Ed25519 public keys (as dataset:keygen prints them)');
  }
  return { updateUrl, trustedKeys: trustedKeys.map((key) => parsePublicKey(key)!) };
}

/** What `npm run zip` warns about: a package built so would never update its dataset by itself. */
export function releaseChannelWarnings(channel: ReleaseChannel): string[] {
  const warnings: string[] = [];
  if (!channel.updateUrl) warnings.push('no default update address: installed copies will not look for dataset updates until a user sets one');
  if (channel.trustedKeys.length === 0) warnings.push('no trusted release key: signed releases will be refused until a user adds a key');
  return warnings;
}
