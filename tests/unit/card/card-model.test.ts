import { describe, expect, it } from 'vitest';
import { buildReleaseFromDataDir } from '../../../scripts/lib/build-release';
import { buildCardModel } from '../../../utils/card/card-model';
import type { Milestone, Release } from '../../../utils/dataset/schema';
import { buildTermDetails } from '../../../utils/dataset/term-details';
import { sampleRelease } from '../../support/sample-release';

function milestone(id: string, date: string, kind: Milestone['kind'], promised?: string, terms = ['ins']): Milestone {
  return {
    id,
    terms,
    date,
    kind,
    title: { fr: `Étape ${id}`, en: `Step ${id}` },
    sources: ['example-2025-ins'],
    ...(promised ? { promised: { date: promised, sources: ['seed-2022-dsih'] } } : {}),
  };
}

async function modelWith(milestones: Milestone[], { articleDay = null as string | null, today = '2026-12-02', termId = 'ins' } = {}) {
  const release = await sampleRelease();
  release.milestones = milestones;
  return buildCardModel({ details: buildTermDetails(release, termId)!, language: 'fr', today, articleDay });
}

const ids = (items: { milestone: Milestone }[]) => items.map((item) => item.milestone.id);

describe('the card model', () => {
  it('shows the status with its date, when it was checked, its source, and the next planned step', async () => {
    const model = await modelWith([milestone('a', '2021-01-01', 'done'), milestone('b', '2027-03', 'planned'), milestone('c', '2026-12', 'planned')]);
    expect(model.status).toMatchObject({ text: 'Obligatoire depuis 2021.', asOf: '2025-05-14', reviewedAt: '2025-12-01', updatedOn: null });
    expect(model.status.sources.map((source) => source.id)).toEqual(['example-2025-ins']);
    expect(model.compact.next?.milestone.id).toBe('c');
    expect(ids(model.upcoming)).toEqual(['c', 'b']);
    expect(model.since).toBeNull();
  });

  it('warns when the status was last checked more than six months before today, not before', async () => {
    // Checked 2025-12-01 (sample release).
    expect((await modelWith([], { today: '2026-06-01' })).status.reviewIsOld).toBe(false);
    expect((await modelWith([], { today: '2026-06-02' })).status.reviewIsOld).toBe(true);
  });

  it('lists everything after the article, in date order, with nothing cut, and only what certainly came after it', async () => {
    const events = Array.from({ length: 9 }, (_, index) => milestone(`e${index}`, `202${3 + (index % 3)}-0${index + 1}-01`, 'done'));
    const model = await modelWith(
      [milestone('before', '2022-03-01', 'done'), milestone('same-month', '2022-06', 'done'), ...events, milestone('future', '2027', 'planned')],
      { articleDay: '2022-06-28' },
    );
    const since = model.since!;
    expect(since.events).toHaveLength(9);
    const days = since.events.map((item) => item.milestone.date);
    expect(days).toEqual([...days].sort());
    expect(ids(since.events)).not.toContain('same-month');
    expect(ids(since.events)).not.toContain('future');
  });

  it('picks the largest delay among the term’s own steps, never a shared step filed under another programme', async () => {
    const model = await modelWith([
      milestone('small', '2024-03', 'done', '2024-01'),
      milestone('big', '2025-06', 'done', '2023'),
      // Larger still, but Mon espace santé's step (listed first there), only touching INS.
      milestone('theirs', '2026-06', 'done', '2020', ['dmp', 'ins']),
    ]);
    expect(model.compact.slip?.milestone.id).toBe('big');
    const theirs = model.promises.find((item) => item.milestone.id === 'theirs')!;
    expect(theirs.own).toBe(false);
    expect(theirs.sharedWith).toEqual([{ id: 'dmp', label: 'DMP' }]);
  });

  it('gives a cancelled step its own state, never a slip, and a promise met at its precision counts as kept', async () => {
    const model = await modelWith([
      milestone('dropped', '2025-02', 'cancelled', '2024'),
      // "By the end of 2024-Q3", done on 30 September: kept.
      milestone('on-time', '2024-09-30', 'done', '2024-Q3'),
      // "By summer 2025" (2025-Q3), done in December: late.
      milestone('late', '2025-12-19', 'done', '2025-Q3'),
    ]);
    const byId = new Map(model.promises.map((item) => [item.milestone.id, item]));
    expect(byId.get('dropped')?.outcome).toEqual({ state: 'cancelled' });
    expect(byId.has('on-time')).toBe(false);
    expect(byId.get('late')?.outcome).toMatchObject({ state: 'late', delivered: true });
    expect(model.compact.slip?.milestone.id).toBe('late');
  });

  it('shows each milestone once per view: a late next step is not repeated as the slip, a listed promise not repeated below', async () => {
    const model = await modelWith(
      [milestone('pushed', '2027-Q1', 'planned', '2025'), milestone('after', '2024-05', 'done', '2023-Q1'), milestone('old', '2021', 'done', '2020')],
      { articleDay: '2022-06-28' },
    );
    expect(model.compact.next?.milestone.id).toBe('pushed');
    expect(model.compact.slip?.milestone.id).not.toBe('pushed');
    expect(ids(model.since!.events)).toEqual(['after']);
    expect(ids(model.upcoming)).toEqual(['pushed']);
    expect(ids(model.promises)).toEqual(['old']);
    expect(model.promisesListedAbove).toBe(2);
    const all = [...ids(model.since!.events), ...ids(model.upcoming), ...ids(model.promises)];
    expect(new Set(all).size).toBe(all.length);
  });

  it('keeps figures older than two years apart, as history', async () => {
    const release = await sampleRelease();
    const base = release.terms[0]!.figures[0]!;
    release.terms[0]!.figures = [
      { ...base, asOf: '2020-06-01' },
      { ...base, asOf: '2025-05-01' },
      { ...base, asOf: '2024-12-03' },
    ];
    const model = buildCardModel({ details: buildTermDetails(release, 'ins')!, language: 'en', today: '2026-12-02', articleDay: null });
    expect(model.figures.current.map((figure) => figure.asOf)).toEqual(['2025-05-01', '2024-12-03']);
    expect(model.figures.history.map((figure) => figure.asOf)).toEqual(['2020-06-01']);
    expect(model.expansion).toBe('National health identity');
  });

  it('makes a sensible card for a term with no milestones, figures or sources of its own beyond its status', async () => {
    const release = await sampleRelease();
    release.terms[1]!.figures = [];
    release.milestones = [];
    const model = buildCardModel({ details: buildTermDetails(release, 'dmp')!, language: 'fr', today: '2026-12-02', articleDay: '2022-01-01' });
    expect(model.compact).toEqual({ slip: null, next: null });
    expect(model.since).toEqual({ articleDay: '2022-01-01', events: [] });
    expect(model.upcoming).toEqual([]);
    expect(model.promises).toEqual([]);
    expect(model.figures).toEqual({ current: [], history: [] });
    expect(model.sources.map((source) => source.id)).toEqual(['seed-2022-dsih']);
  });

  it('tells the whole story of Ségur vague 2 on a 2021 article, its official launch of February 2025 included', async () => {
    const release = (await buildReleaseFromDataDir()) as Release;
    const model = buildCardModel({ details: buildTermDetails(release, 'segur-vague-2')!, language: 'fr', today: '2026-12-02', articleDay: '2021-07-01' });
    const events = model.since!.events;
    const launch = events.find((item) => item.milestone.id === 'segur-vague-2-lancement-officiel');
    expect(launch?.milestone.date).toBe('2025-02-27');
    expect(events.length).toBeGreaterThan(4);
    expect(events.every((item) => item.milestone.kind !== 'planned')).toBe(true);
    // Promised for the end of 2023, launched in February 2025.
    expect(launch?.outcome).toMatchObject({ state: 'late', delivered: true });
  });
});
