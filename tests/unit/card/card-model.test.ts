import { describe, expect, it } from 'vitest';
import { buildCardModel } from '../../../utils/card/card-model';
import type { Milestone } from '../../../utils/dataset/schema';
import { buildTermDetails } from '../../../utils/dataset/term-details';
import { sampleRelease } from '../../support/sample-release';

function milestone(id: string, date: string, kind: Milestone['kind'], promised?: string): Milestone {
  return {
    id,
    terms: ['ins'],
    date,
    kind,
    title: { fr: `Étape ${id}`, en: `Step ${id}` },
    sources: ['example-2025-ins'],
    ...(promised ? { promised: { date: promised, sources: ['seed-2022-dsih'] } } : {}),
  };
}

describe('the card model', () => {
  it('shows the status, its date, figures, sources, and the next planned step', async () => {
    const release = await sampleRelease();
    release.milestones = [milestone('a', '2021-01-01', 'done'), milestone('b', '2027-03', 'planned'), milestone('c', '2026-12', 'planned')];
    const details = buildTermDetails(release, 'ins')!;
    const model = buildCardModel({ details, language: 'fr', today: '2026-11-23', articleDay: null });
    expect(model.statusText).toBe('Obligatoire depuis 2021.');
    expect(model.asOf).toBe('2025-05-14');
    expect(model.next?.id).toBe('c');
    expect(model.sources.map((source) => source.id)).toEqual(['example-2025-ins']);
    expect(model.sinceArticle).toBeNull();
  });

  it('lists what happened after the article, and only what certainly came after it', async () => {
    const release = await sampleRelease();
    release.milestones = [
      milestone('before', '2022-03-01', 'done'),
      milestone('same-month', '2022-06', 'done'),
      milestone('after', '2022-07-01', 'done'),
      milestone('later', '2023-10', 'done', '2023-01'),
      milestone('future', '2027', 'planned'),
    ];
    const model = buildCardModel({ details: buildTermDetails(release, 'ins')!, language: 'en', today: '2026-11-23', articleDay: '2022-06-28' });
    expect(model.sinceArticle?.milestones.map((item) => item.id)).toEqual(['after', 'later']);
    expect(model.slips.map((item) => item.id)).toEqual(['later']);
    expect(model.expansion).toBe('National health identity');
  });
});
