import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import wxtConfig from '../../../wxt.config';
import { LISTING_LANGUAGES, TEXT_LIMITS } from '../../../scripts/store/store-requirements';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
/** Characters as a person counts them (code points), not UTF-16 units. */
const length = (text: string) => [...text].length;

type Manifest = { name: string; permissions?: string[]; host_permissions?: string[] };

async function manifestFor(browser: 'chrome' | 'firefox'): Promise<Manifest> {
  const manifest = wxtConfig.manifest as unknown as (env: object) => Manifest | Promise<Manifest>;
  return manifest({ browser, manifestVersion: 3, mode: 'production', command: 'build' });
}

describe('the store listing (docs/store)', () => {
  for (const language of LISTING_LANGUAGES) {
    describe(language, () => {
      const summary = read(`docs/store/${language}/short-description.txt`).trim();
      const description = read(`docs/store/${language}/long-description.txt`).trim();

      it('has a one-line summary within both stores’ limits, the same as the manifest’s description', () => {
        expect(summary).not.toContain('\n');
        expect(length(summary)).toBeGreaterThan(40);
        expect(length(summary)).toBeLessThanOrEqual(TEXT_LIMITS.chromeSummaryMax);
        expect(length(summary)).toBeLessThanOrEqual(TEXT_LIMITS.amoSummaryMax);
        // The Chrome Web Store shows the manifest's description as the summary.
        const messages = JSON.parse(read(`public/_locales/${language}/messages.json`)) as Record<string, { message: string }>;
        expect(messages.extensionDescription!.message).toBe(summary);
      });

      it('has a plain-text description within both stores’ limits', () => {
        expect(length(description)).toBeGreaterThanOrEqual(TEXT_LIMITS.amoDescriptionMin);
        expect(length(description)).toBeLessThanOrEqual(TEXT_LIMITS.chromeDescriptionMax);
        expect(description).not.toMatch(/<\/?[a-z][^>]*>/i);
      });
    });
  }

  it('names the extension within AMO’s limit', async () => {
    for (const browser of ['chrome', 'firefox'] as const) {
      expect(length((await manifestFor(browser)).name)).toBeLessThanOrEqual(TEXT_LIMITS.amoNameMax);
    }
  });

  it('justifies every permission and host pattern the manifests ask for, and no other', async () => {
    const asked = new Set<string>();
    for (const browser of ['chrome', 'firefox'] as const) {
      const manifest = await manifestFor(browser);
      for (const entry of [...(manifest.permissions ?? []), ...(manifest.host_permissions ?? [])]) asked.add(entry);
    }
    const justifications = read('docs/store/permissions.md');
    const sections = [...justifications.matchAll(/^## `([^`]+)`\n\n([\s\S]*?)(?=\n## |(?![\s\S]))/gm)];
    const justified = new Map(sections.map(([, name, text]) => [name!, text!.trim()]));
    expect([...justified.keys()].sort()).toEqual([...asked].sort());
    for (const [name, text] of justified) expect(length(text), `the justification of ${name}`).toBeGreaterThan(100);
  });

  it('has a privacy policy in French and in English', () => {
    const policy = read('docs/store/privacy-policy.md');
    expect(policy).toMatch(/^## Français$/m);
    expect(policy).toMatch(/^## English$/m);
  });
});
