import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkNextVersion, releaseChangelog } from '../../../scripts/lib/changelog';

const CHANGELOG = `# Changelog

Intro.

## [Unreleased]

### Added
- A welcome page.

### Fixed
- The card's date.

## [0.1.0] - 2026-12-02

### Added
- First version.
`;

describe('releaseChangelog', () => {
  it('moves the [Unreleased] entries under the new version, dated, and leaves [Unreleased] empty', () => {
    const released = releaseChangelog(CHANGELOG, '0.2.0', '2027-01-15');
    expect(released).toBe(`# Changelog

Intro.

## [Unreleased]

## [0.2.0] - 2027-01-15

### Added
- A welcome page.

### Fixed
- The card's date.

## [0.1.0] - 2026-12-02

### Added
- First version.
`);
  });

  it('releases the first version of a changelog with no earlier section', () => {
    const released = releaseChangelog('# Changelog\n\n## [Unreleased]\n\n### Added\n- Everything.\n', '1.0.0', '2027-03-01');
    expect(released).toBe('# Changelog\n\n## [Unreleased]\n\n## [1.0.0] - 2027-03-01\n\n### Added\n- Everything.\n');
  });

  it('refuses to release nothing, a version already there, or a changelog without [Unreleased]', () => {
    const nothing = CHANGELOG.replace(/## \[Unreleased\][\s\S]*?(?=## \[0\.1\.0\])/, '## [Unreleased]\n\n');
    expect(() => releaseChangelog(nothing, '0.2.0', '2027-01-15')).toThrow('nothing to release');
    expect(() => releaseChangelog(CHANGELOG, '0.1.0', '2027-01-15')).toThrow('already has a section for 0.1.0');
    expect(() => releaseChangelog('# Changelog\n', '0.2.0', '2027-01-15')).toThrow('no "## [Unreleased]" section');
  });

  it('keeps the project’s own changelog in a shape it can release', () => {
    const own = readFileSync(path.resolve(import.meta.dirname, '../../../CHANGELOG.md'), 'utf8');
    const { version } = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../package.json'), 'utf8')) as { version: string };
    // The current version has its own dated section, and [Unreleased] sits above it.
    expect(own).toMatch(new RegExp(`^## \\[Unreleased\\]\\n[\\s\\S]*^## \\[${version.replaceAll('.', '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}$`, 'm'));
  });
});

describe('checkNextVersion', () => {
  it('accepts a higher x.y.z', () => {
    expect(() => checkNextVersion('0.2.0', '0.1.0')).not.toThrow();
    expect(() => checkNextVersion('0.1.10', '0.1.9')).not.toThrow();
  });

  it('refuses a lower or equal version, and what the stores would not take', () => {
    expect(() => checkNextVersion('0.1.0', '0.1.0')).toThrow('not above');
    expect(() => checkNextVersion('0.0.9', '0.1.0')).toThrow('not above');
    for (const bad of ['1.0', '1.0.0-beta.1', 'v1.0.0', '01.0.0', '1.0.0.0', '']) expect(() => checkNextVersion(bad, '0.1.0')).toThrow('is not a version');
  });
});
