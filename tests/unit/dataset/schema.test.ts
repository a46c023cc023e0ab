import { describe, expect, it } from 'vitest';
import { hasValidHash } from '../../../utils/dataset/content-hash';
import { ReleaseSchema } from '../../../utils/dataset/schema';
import { rehash, sampleRelease } from '../../support/sample-release';

async function issuesOf(mutate: (release: Awaited<ReturnType<typeof sampleRelease>>) => void): Promise<string[]> {
  const release = await sampleRelease();
  mutate(release);
  const result = ReleaseSchema.safeParse(await rehash(release));
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('the release schema', () => {
  it('accepts a valid release, whose hash matches its content', async () => {
    const release = await sampleRelease();
    expect(ReleaseSchema.safeParse(release).success).toBe(true);
    expect(await hasValidHash(release)).toBe(true);
  });

  it('detects a content change that the hash does not cover', async () => {
    const release = await sampleRelease();
    release.terms[0]!.status.summary.fr = 'Modifié après signature';
    expect(await hasValidHash(release)).toBe(false);
  });

  it.each([
    ['javascript: URL', 'javascript:alert(1)'],
    ['data: URL', 'data:text/html,<script>alert(1)</script>'],
    ['plain http', 'http://esante.gouv.fr/ins'],
    ['relative URL', '/ins'],
    ['credentials in the URL', 'https://user:pass@esante.gouv.fr/'],
  ])('refuses a source with a %s', async (_name, url) => {
    const issues = await issuesOf((release) => {
      release.sources[0]!.url = url;
    });
    expect(issues.some((issue) => issue.includes('https'))).toBe(true);
  });

  it('refuses a status without a source or whose date is not its source’s', async () => {
    expect(
      await issuesOf((release) => {
        release.terms[0]!.status.sources = [];
      }),
    ).not.toEqual([]);
    const issues = await issuesOf((release) => {
      release.terms[0]!.status.asOf = '2024-01-01';
    });
    expect(issues.join()).toContain('not the date of any of its sources');
  });

  it('refuses a figure dated after its source', async () => {
    const issues = await issuesOf((release) => {
      release.terms[0]!.figures[0]!.asOf = '2025-06-01';
    });
    expect(issues.join()).toContain('later than its sources');
  });

  it('refuses references that do not resolve', async () => {
    const issues = await issuesOf((release) => {
      release.terms[0]!.related = ['nope'];
      release.milestones[0]!.terms = ['missing'];
      release.milestones[0]!.sources = ['unknown-source'];
    });
    expect(issues.join('\n')).toMatch(/unknown term "nope"/);
    expect(issues.join('\n')).toMatch(/unknown term "missing"/);
    expect(issues.join('\n')).toMatch(/unknown source "unknown-source"/);
  });

  it('refuses an alias claimed by two terms unless both flag it ambiguous', async () => {
    const conflicting = await issuesOf((release) => {
      release.terms[1]!.aliases.push({ text: 'identité nationale de santé', caseSensitive: false });
    });
    expect(conflicting.join()).toContain('also claimed by');
    const bothAmbiguous = await issuesOf((release) => {
      release.terms[1]!.aliases.push({ text: 'INS', caseSensitive: true, ambiguousWith: ['another meaning'] });
    });
    expect(bothAmbiguous).toEqual([]);
  });

  it('refuses invalid dates, unknown phases and empty translations', async () => {
    expect(await issuesOf((release) => void (release.milestones[0]!.date = '2021-02-30'))).not.toEqual([]);
    expect(await issuesOf((release) => void (release.milestones[0]!.date = '21/01/2021'))).not.toEqual([]);
    expect(await issuesOf((release) => void ((release.terms[0]!.status as { phase: string }).phase = 'done'))).not.toEqual([]);
    expect(await issuesOf((release) => void (release.terms[0]!.summary.en = '   '))).not.toEqual([]);
  });

  it('refuses a replaced term that does not say what replaced it', async () => {
    const issues = await issuesOf((release) => {
      release.terms[1]!.status.phase = 'replaced';
    });
    expect(issues.join()).toContain('replacedBy');
  });

  it('refuses unknown fields, so a typo in a data file is caught', async () => {
    const issues = await issuesOf((release) => {
      (release.terms[0] as unknown as Record<string, unknown>).sumary = { fr: 'x', en: 'y' };
    });
    expect(issues).not.toEqual([]);
  });
});
