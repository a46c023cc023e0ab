import type { Milestone, Term } from '../../../utils/dataset/schema';

/** A milestone for tests: only what the test names differs from a plain done step. */
export function milestone(fields: Partial<Milestone> & { id: string; date: string }, promised?: string): Milestone {
  return {
    terms: ['ins'],
    kind: 'done',
    title: { fr: `Étape ${fields.id}`, en: `Step ${fields.id}` },
    sources: ['source'],
    ...(promised ? { promised: { date: promised, sources: ['source'] } } : {}),
    ...fields,
  };
}

export function term(id: string, fields: Partial<Term> = {}): Term {
  return {
    id,
    label: id.toUpperCase(),
    names: { fr: `Programme ${id}`, en: `Programme ${id}` },
    category: 'identity',
    aliases: [{ text: id.toUpperCase(), caseSensitive: true }],
    summary: { fr: 'Résumé', en: 'Summary' },
    status: { phase: 'deploying', asOf: '2025-01-01', reviewedAt: '2025-01-01', summary: { fr: 'S', en: 'S' }, sources: ['source'] },
    figures: [],
    related: [],
    ...fields,
  };
}
