import { describe, expect, it } from 'vitest';
import { diffReleases, hasChanges, LISTED, statusChangedSince } from '../../../utils/dataset/release-changes';
import { sampleRelease } from '../../support/sample-release';

describe('what changed between two releases', () => {
  it('names status changes (phase or sentence), new programmes and new milestones, and nothing else', async () => {
    const before = await sampleRelease('2026.1.1');
    const after = structuredClone(before);
    after.terms[0]!.status.phase = 'generalised';
    after.terms[0]!.status.summary.fr = 'Généralisée.';
    // A new review date alone is no news.
    after.terms[1]!.status.reviewedAt = '2026-12-02';
    after.terms.push({ ...structuredClone(before.terms[1]!), id: 'sas', label: 'SAS' });
    after.milestones.push({ ...structuredClone(before.milestones[0]!), id: 'ins-2027', date: '2027' });
    const changes = diffReleases(before, after);
    expect(changes.statusChanged).toEqual([
      { id: 'ins', label: 'INS', from: 'mandatory', to: 'generalised', summary: after.terms[0]!.status.summary, asOf: after.terms[0]!.status.asOf },
    ]);
    expect(changes.newTerms).toEqual([{ id: 'sas', label: 'SAS' }]);
    expect(changes.newMilestones.map((milestone) => milestone.id)).toEqual(['ins-2027']);
    expect(changes.totals).toEqual({ statusChanged: 1, newTerms: 1, newMilestones: 1 });
    expect(hasChanges(diffReleases(before, before))).toBe(false);
  });

  it('lists a few of thousands of new records, and counts them all', async () => {
    const before = await sampleRelease('2026.1.1');
    const after = structuredClone(before);
    for (let i = 0; i < 300; i++) after.milestones.push({ ...structuredClone(before.milestones[0]!), id: `step-${i}` });
    const changes = diffReleases(before, after);
    expect(changes.newMilestones).toHaveLength(LISTED.newMilestones);
    expect(changes.newMilestones[0]?.id).toBe('step-0');
    expect(changes.totals.newMilestones).toBe(300);
  });

  it('tells a card when its status last changed after the reader saw it', () => {
    const change = (id: string) => ({
      statusChanged: [{ id, label: id, from: 'deploying' as const, to: 'mandatory' as const, summary: { fr: '', en: '' }, asOf: '2026' }],
      newTerms: [],
      newMilestones: [],
      totals: { statusChanged: 1, newTerms: 0, newMilestones: 0 },
    });
    const history = [
      { installedAt: '2026-12-10T00:00:00Z', changes: change('dmp') },
      { installedAt: '2026-12-05T00:00:00Z', changes: change('ins') },
      { installedAt: '2026-11-01T00:00:00Z', changes: change('ins') },
    ];
    expect(statusChangedSince(history, 'ins', '2026-12-01T00:00:00Z')).toBe('2026-12-05T00:00:00Z');
    expect(statusChangedSince(history, 'ins', '2026-12-06T00:00:00Z')).toBeNull();
    expect(statusChangedSince(history, 'apcv', '2026-01-01T00:00:00Z')).toBeNull();
  });
});
