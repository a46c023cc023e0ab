import { buildCardModel, type CardModel } from '../../utils/card/card-model';
import type { Milestone, Release, Term } from '../../utils/dataset/schema';
import { buildTermDetails } from '../../utils/dataset/term-details';
import type { Language } from '../../utils/dates/format-date';
import { sampleRelease } from '../support/sample-release';

const TODAY = '2026-12-02';

export function milestone(id: string, date: string, kind: Milestone['kind'], extra: Partial<Milestone> = {}): Milestone {
  return {
    id,
    terms: ['ins'],
    date,
    kind,
    title: { fr: `Étape ${id}`, en: `Step ${id}` },
    sources: ['example-2025-ins'],
    ...extra,
  };
}

/** The sample release's INS with a story: events after a 2022 article, a slip, a cancelled step, a shared step, a next step. */
export const STORY: Milestone[] = [
  milestone('ins-referentiel', '2022-01-01', 'done'),
  milestone('ins-hopitaux', '2023-03', 'done', { promised: { date: '2022-Q2', sources: ['seed-2022-dsih'] } }),
  milestone('ins-teleservice-abandonne', '2024-02', 'cancelled', {
    promised: { date: '2023', sources: ['seed-2022-dsih'] },
  }),
  milestone('ins-dmp-alimentation', '2024-11-15', 'done', {
    terms: ['ins', 'dmp'],
    promised: { date: '2024-Q3', sources: ['seed-2022-dsih'], wording: { fr: 'd’ici l’été 2024', en: 'by summer 2024' } },
  }),
  milestone('ins-medico-social', '2027-Q1', 'planned', { promised: { date: '2026-H2', sources: ['seed-2022-dsih'] } }),
];

export async function cardModel({
  milestones = STORY,
  language = 'fr',
  articleDay = '2022-06-28',
  termId = 'ins',
  change,
}: {
  milestones?: Milestone[];
  language?: Language;
  articleDay?: string | null;
  termId?: string;
  change?: (term: Term, release: Release) => void;
} = {}): Promise<CardModel> {
  const release = await sampleRelease();
  release.milestones = milestones;
  const term = release.terms.find((candidate) => candidate.id === termId)!;
  term.status.reviewedAt = '2026-11-20';
  change?.(term, release);
  return buildCardModel({ details: buildTermDetails(release, termId)!, language, today: TODAY, articleDay });
}
