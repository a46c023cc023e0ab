import { describe, expect, it } from 'vitest';
import { findEvidenceProblems } from '../../../utils/dataset/check-evidence';
import type { ReleaseContent } from '../../../utils/dataset/schema';
import { sampleContent } from '../../support/sample-release';

function problemsOf(mutate: (release: ReleaseContent) => void): string[] {
  const release = sampleContent();
  mutate(release);
  return findEvidenceProblems(release).map((problem) => `${problem.path.join('.')}: ${problem.message}`);
}

describe('the evidence rules of dataset:check', () => {
  it('accept the sample release', () => {
    expect(problemsOf(() => {})).toEqual([]);
  });

  it('refuse a done milestone whose every source predates it, at the milestone’s precision', () => {
    const problems = problemsOf((release) => {
      release.milestones[0]!.date = '2025-06';
    });
    expect(problems).toEqual([expect.stringMatching(/^milestones\.0\.sources: .*"ins-mandatory" is done on 2025-06 but every source predates it/)]);
    // A source of 14 May 2025 can show an event of May 2025, known to the month.
    expect(problemsOf((release) => void (release.milestones[0]!.date = '2025-05'))).toEqual([]);
  });

  it('refuse a status newer than its sources, reviewed before its date, or not reviewed for six months', () => {
    expect(problemsOf((release) => void (release.terms[0]!.status.asOf = '2025-06-01'))).toContainEqual(
      expect.stringMatching(/^terms\.0\.status\.asOf: status asOf 2025-06-01 is later than its newest source/),
    );
    expect(problemsOf((release) => void (release.terms[0]!.status.reviewedAt = '2025-05-01'))).toContainEqual(
      expect.stringMatching(/^terms\.0\.status\.reviewedAt: .* before its asOf/),
    );
    expect(problemsOf((release) => void (release.terms[1]!.status.reviewedAt = '2025-06-30'))).toEqual([
      expect.stringMatching(/^terms\.1\.status\.reviewedAt: status last reviewed 2025-06-30, more than 6 months before the release \(2026-01-01\)/),
    ]);
    expect(problemsOf((release) => void (release.terms[1]!.status.reviewedAt = '2025-07-01'))).toEqual([]);
    expect(problemsOf((release) => void (release.terms[1]!.status.reviewedAt = '2026-01-02'))).toContainEqual(
      expect.stringMatching(/after the release/),
    );
  });

  it('refuse a promise that was kept at its precision, but accept a cancelled step that keeps its promise', () => {
    const kept = problemsOf((release) => {
      const milestone = release.milestones[0]!;
      milestone.promised = { date: '2020-12-31', sources: ['seed-2022-dsih'] };
    });
    expect(kept).toEqual([expect.stringMatching(/^milestones\.0\.promised: .*keeps its promise of 2020-12-31/)]);
    const late = problemsOf((release) => {
      release.milestones[0]!.promised = { date: '2020-12-30', sources: ['seed-2022-dsih'] };
    });
    expect(late).toEqual([]);
    const cancelled = problemsOf((release) => {
      const milestone = release.milestones[1]!;
      milestone.kind = 'cancelled';
      milestone.date = '2025-11';
    });
    expect(cancelled).toEqual([]);
  });

  it('refuse a past milestone still planned, and an event dated after the release', () => {
    expect(problemsOf((release) => void (release.milestones[1]!.date = '2025'))).toContainEqual(
      expect.stringMatching(/"dmp-planned" is planned for 2025, already past/),
    );
    expect(problemsOf((release) => void (release.milestones[0]!.date = '2026-02'))).toContainEqual(
      expect.stringMatching(/"ins-mandatory" is done but dated 2026-02, after the release/),
    );
  });

  it.each([
    'https://www.example.fr/tag/ins/',
    'https://www.example.fr/categorie/e-sante',
    'https://www.example.fr/recherche?q=ins',
    'https://www.example.fr/?s=dmp',
  ])('refuse a listing page as a source: %s', (url) => {
    expect(problemsOf((release) => void (release.sources[0]!.url = url))).toEqual([
      expect.stringMatching(/^sources\.0\.url: source "example-2025-ins" is a tag, search or listing page/),
    ]);
  });
});
