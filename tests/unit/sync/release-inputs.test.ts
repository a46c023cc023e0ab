import { describe, expect, it } from 'vitest';
import { parseReleaseChannel, releaseChannelWarnings } from '../../../utils/dataset/release-channel';
import { generateReleaseKeyPair, parsePublicKey } from '../../../utils/dataset/release-signature';
import { isAllowedRedirect, isAllowedReleaseUrl, mayBeUnsigned } from '../../../utils/dataset/release-url';
import { readIntervalHours, readSite, readTrustedKey, readUpdateUrl } from '../../../utils/settings/setting-inputs';
import channelFile from '../../../data/release-channel.json';

describe('what a person types in the options page', () => {
  it('reads a key pasted with spaces and line breaks, and refuses what is not a key', async () => {
    const { publicKey } = await generateReleaseKeyPair();
    const pasted = `  ${publicKey.slice(0, 22)}\n${publicKey.slice(22, 30)} ${publicKey.slice(30)}\r\n`;
    expect(readTrustedKey(pasted, [])).toEqual({ ok: true, value: publicKey });
    expect(readTrustedKey(pasted, [publicKey])).toEqual({ ok: false, reason: 'input.keyDuplicate' });
    for (const bad of ['not-a-key', publicKey.slice(0, 40), `${publicKey}AAAA`, publicKey.replace(/.=$/, '!=')]) {
      expect(readTrustedKey(bad, [])).toEqual({ ok: false, reason: 'input.keyInvalid' });
    }
  });

  it('reads a site typed as a domain or pasted as an address, and refuses the rest', () => {
    expect(readSite('Exemple.fr', [])).toEqual({ ok: true, value: 'exemple.fr' });
    expect(readSite('https://www.lemonde.fr/sante/article.html', [])).toEqual({ ok: true, value: 'lemonde.fr' });
    expect(readSite('127.0.0.1', [])).toEqual({ ok: true, value: '127.0.0.1' });
    for (const bad of ['not a site!!', 'exemple!!.fr', 'ftp://exemple.fr', '', '-exemple.fr']) expect(readSite(bad, []).ok).toBe(false);
    expect(readSite('exemple.fr', ['exemple.fr'])).toEqual({ ok: false, reason: 'input.siteDuplicate' });
  });

  it('takes an interval of whole hours from 1 to 168, and refuses 0 and 10,000', () => {
    expect(readIntervalHours('12')).toEqual({ ok: true, value: 12 });
    expect(readIntervalHours('168')).toEqual({ ok: true, value: 168 });
    for (const bad of ['0', '10000', '169', '2.5', '-3', '', 'douze']) expect(readIntervalHours(bad).ok).toBe(false);
  });

  it('takes an https address, or http on localhost, or nothing', () => {
    expect(readUpdateUrl(' https://example.org/latest.json ')).toEqual({ ok: true, value: 'https://example.org/latest.json' });
    expect(readUpdateUrl('')).toEqual({ ok: true, value: '' });
    expect(readUpdateUrl('http://localhost:8080/latest.json').ok).toBe(true);
    for (const bad of ['http://example.org/latest.json', 'javascript:alert(1)', 'https://user:pw@example.org/x', 'exemple']) expect(readUpdateUrl(bad).ok).toBe(false);
  });
});

describe('release addresses', () => {
  it('judges where a redirect lands by the same rules, and never lets https fall to http', () => {
    expect(isAllowedRedirect('https://a.example/latest.json', 'https://b.example/latest.json')).toBe(true);
    expect(isAllowedRedirect('https://a.example/latest.json', 'http://b.example/latest.json')).toBe(false);
    expect(isAllowedRedirect('https://a.example/latest.json', 'http://localhost/latest.json')).toBe(false);
    expect(isAllowedRedirect('http://localhost:1/latest.json', 'http://127.0.0.1:1/latest.json')).toBe(true);
    expect(isAllowedReleaseUrl('http://[::1]:8080/latest.json')).toBe(true);
  });

  it('accepts an unsigned release only where both the address and where it led are allowed', () => {
    expect(mayBeUnsigned(['http://localhost/a.json'], ['http://localhost/a.json', 'http://localhost/a.json'])).toBe(true);
    expect(mayBeUnsigned(['http://localhost/a.json'], ['http://localhost/a.json', 'http://127.0.0.1/b.json'])).toBe(false);
  });
});

describe('the release channel file', () => {
  it('is empty in this repository, and `npm run zip` would say so', () => {
    const channel = parseReleaseChannel(channelFile);
    expect(channel).toEqual({ updateUrl: '', trustedKeys: [] });
    expect(releaseChannelWarnings(channel)).toHaveLength(2);
  });

  it('refuses what the extension would refuse, and has no warning when filled in', async () => {
    const { publicKey } = await generateReleaseKeyPair();
    expect(() => parseReleaseChannel({ updateUrl: 'http://example.org/latest.json', trustedKeys: [] })).toThrow(/updateUrl/);
    expect(() => parseReleaseChannel({ updateUrl: '', trustedKeys: ['not-a-key'] })).toThrow(/trustedKeys/);
    const filled = parseReleaseChannel({ updateUrl: 'https://example.github.io/repere/latest.json', trustedKeys: [publicKey] });
    expect(releaseChannelWarnings(filled)).toEqual([]);
    expect(parsePublicKey(publicKey)).toBe(publicKey);
  });
});
