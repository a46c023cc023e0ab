/**
 * npm run version:bump -- <version>
 *
 * Sets the extension's version (package.json and package-lock.json: WXT
 * writes it into both manifests and names the zips after it) and releases
 * CHANGELOG.md's [Unreleased] entries under it, dated today. Refuses a
 * version that is not x.y.z or not above the current one, and a changelog
 * with nothing to release; on refusal nothing is written.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ChangelogError, checkNextVersion, releaseChangelog } from './lib/changelog';

const ROOT = path.resolve(import.meta.dirname, '..');
const file = (name: string) => path.join(ROOT, name);

const next = process.argv[2];
if (!next) {
  console.error('usage: npm run version:bump -- <version>   (for example 0.2.0)');
  process.exit(2);
}

try {
  const manifest = JSON.parse(readFileSync(file('package.json'), 'utf8')) as { version: string };
  const lock = JSON.parse(readFileSync(file('package-lock.json'), 'utf8')) as { version: string; packages: Record<string, { version?: string }> };
  checkNextVersion(next, manifest.version);
  const today = new Date().toISOString().slice(0, 10);
  const changelog = releaseChangelog(readFileSync(file('CHANGELOG.md'), 'utf8'), next, today);

  // Every check passed: now write, the changelog last (the most likely to be edited by hand meanwhile).
  const previous = manifest.version;
  writeFileSync(file('package.json'), `${JSON.stringify({ ...manifest, version: next }, null, 2)}\n`);
  lock.version = next;
  if (lock.packages['']) lock.packages[''].version = next;
  writeFileSync(file('package-lock.json'), `${JSON.stringify(lock, null, 2)}\n`);
  writeFileSync(file('CHANGELOG.md'), changelog);
  console.log(`[version] ${previous} → ${next} (${today}): package.json, package-lock.json, CHANGELOG.md`);
  console.log('[version] `npm run zip` now writes repere-' + next + '-chrome.zip and repere-' + next + '-firefox.zip');
} catch (error) {
  if (!(error instanceof ChangelogError)) throw error;
  console.error(`[version] refused: ${error.message}`);
  process.exit(1);
}
