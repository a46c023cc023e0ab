import type { Milestone, Source, Term } from '../../utils/dataset/schema';
import { milestone, term } from '../unit/timeline/milestone-fixture';

/** A small roadmap for component tests: two programmes, a slip, a cancelled step, a title holding HTML. */
export const TODAY = '2026-12-02';

export const TERMS: Term[] = [
  term('ins', { label: 'INS', names: { fr: 'Identité nationale de santé', en: 'National health identity' } }),
  term('dmp', { label: 'DMP', category: 'patient-services', names: { fr: 'Dossier médical partagé', en: 'Shared medical record' } }),
];

export const SOURCES = new Map<string, Source>([
  ['source', { id: 'source', title: 'Une source', publisher: 'ANS', publishedAt: '2025-05-14', url: 'https://esante.gouv.fr/ins' }],
]);

export const MILESTONES: Milestone[] = [
  milestone({ id: 'ins-2021', date: '2021-01-01', title: { fr: 'INS obligatoire', en: 'INS compulsory' } }),
  milestone({ id: 'ins-slip', date: '2025-02-27', title: { fr: 'Vague 2 lancée', en: 'Wave 2 launched' } }, '2023-Q4'),
  milestone({ id: 'ins-html', date: '2024', title: { fr: '<img src=x onerror=alert(1)> décret', en: '<b>decree</b>' } }),
  milestone({ id: 'dmp-cancel', date: '2026-02', kind: 'cancelled', terms: ['dmp'] }, '2025'),
  milestone({ id: 'dmp-next', date: '2027-Q1', kind: 'planned', terms: ['dmp', 'ins'], title: { fr: 'Bascule prévue', en: 'Planned switch' } }),
];

export const TERM_LABELS = new Map(TERMS.map((entry) => [entry.id, entry.label]));
