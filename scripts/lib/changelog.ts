import { compareVersions } from '../../utils/dataset/compare-versions';

/**
 * CHANGELOG.md in the Keep a Changelog format (https://keepachangelog.com/en/1.1.0/):
 * an "## [Unreleased]" section on top collects changes as they land; a
 * release turns its entries into "## [x.y.z] - YYYY-MM-DD" and leaves an
 * empty [Unreleased] above them.
 */

/** What browsers accept as an extension version that a person also reads as one: x.y.z, plain numbers. */
const VERSION = /^(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})$/;
const UNRELEASED = /^## \[Unreleased\][^\n]*\n/m;
const NEXT_SECTION = /^## \[/m;

export class ChangelogError extends Error {
  override name = 'ChangelogError';
}

/** Refuses a version the stores would reject, or one not above the current one. */
export function checkNextVersion(next: string, current: string): void {
  if (!VERSION.test(next)) throw new ChangelogError(`"${next}" is not a version like 1.2.3 (three numbers, no leading zeros, no suffix)`);
  if (compareVersions(next, current) <= 0) throw new ChangelogError(`${next} is not above the current version ${current}`);
}

/** The changelog with [Unreleased]'s entries released as `version` on `date` (YYYY-MM-DD). */
export function releaseChangelog(changelog: string, version: string, date: string): string {
  const heading = UNRELEASED.exec(changelog);
  if (!heading) throw new ChangelogError('CHANGELOG.md has no "## [Unreleased]" section');
  if (new RegExp(`^## \\[${version.replaceAll('.', '\\.')}\\]`, 'm').test(changelog)) {
    throw new ChangelogError(`CHANGELOG.md already has a section for ${version}`);
  }
  const bodyStart = heading.index + heading[0].length;
  const rest = changelog.slice(bodyStart);
  const nextSection = NEXT_SECTION.exec(rest);
  const body = (nextSection ? rest.slice(0, nextSection.index) : rest).trim();
  if (!/^- /m.test(body)) throw new ChangelogError('nothing to release: [Unreleased] lists no change');
  const after = nextSection ? rest.slice(nextSection.index) : '';
  return `${changelog.slice(0, bodyStart)}\n## [${version}] - ${date}\n\n${body}\n${after ? `\n${after}` : ''}`;
}
