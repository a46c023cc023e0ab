import { computeContentHash } from '../../utils/dataset/content-hash';
import { SCHEMA_VERSION, type Release, type ReleaseContent } from '../../utils/dataset/schema';

/**
 * A small, valid release for tests that need one they can break on purpose:
 * two terms, two milestones, two sources.
 */
export function sampleContent(version = '2026.1.1'): ReleaseContent {
  return {
    schemaVersion: SCHEMA_VERSION,
    version,
    publishedAt: '2026-01-01T00:00:00Z',
    terms: [
      {
        id: 'ins',
        label: 'INS',
        names: { fr: 'Identité nationale de santé', en: 'National health identity' },
        category: 'identity',
        aliases: [
          { text: 'INS', caseSensitive: true, ambiguousWith: ['Indian Naval Ship'] },
          { text: 'identité nationale de santé', caseSensitive: false },
        ],
        summary: { fr: 'Identité sanitaire unique.', en: 'Single health identity.' },
        status: {
          phase: 'mandatory',
          asOf: '2025-05-14',
          reviewedAt: '2025-12-01',
          summary: { fr: 'Obligatoire depuis 2021.', en: 'Mandatory since 2021.' },
          sources: ['example-2025-ins'],
        },
        figures: [
          {
            label: { fr: 'Identités qualifiées', en: 'Qualified identities' },
            value: 1000,
            unit: 'count',
            asOf: '2025-05-01',
            sources: ['example-2025-ins'],
          },
        ],
        related: ['dmp'],
      },
      {
        id: 'dmp',
        label: 'DMP',
        names: { fr: 'Dossier médical partagé', en: 'Shared medical record' },
        category: 'patient-services',
        aliases: [{ text: 'DMP', caseSensitive: true, ambiguousWith: ['data management platform'] }],
        summary: { fr: 'Carnet de santé numérique.', en: 'Digital health record.' },
        status: {
          phase: 'generalised',
          asOf: '2022-06-28',
          reviewedAt: '2025-12-01',
          summary: { fr: 'Intégré à Mon espace santé.', en: 'Part of Mon espace santé.' },
          sources: ['seed-2022-dsih'],
        },
        figures: [],
        related: [],
      },
    ],
    milestones: [
      {
        id: 'ins-mandatory',
        terms: ['ins'],
        date: '2021-01-01',
        kind: 'done',
        title: { fr: 'INS obligatoire', en: 'INS mandatory' },
        sources: ['example-2025-ins'],
      },
      {
        id: 'dmp-planned',
        terms: ['dmp'],
        date: '2027',
        kind: 'planned',
        title: { fr: 'Étape prévue', en: 'Planned step' },
        sources: ['example-2025-ins'],
        promised: { date: '2024', sources: ['seed-2022-dsih'] },
      },
    ],
    sources: [
      {
        id: 'example-2025-ins',
        title: 'INS',
        publisher: 'ANS',
        publishedAt: '2025-05-14',
        url: 'https://esante.gouv.fr/ins',
      },
      {
        id: 'seed-2022-dsih',
        title: 'Trois ans après',
        publisher: 'DSIH',
        publishedAt: '2022-06-28',
        seed: '003_fcd8eb3691d28242.txt',
      },
    ],
  };
}

export async function sampleRelease(version = '2026.1.1'): Promise<Release> {
  const content = sampleContent(version);
  return { ...content, hash: await computeContentHash(content) };
}

/** Re-hashes a release after a test changed its content on purpose. */
export async function rehash(release: Release): Promise<Release> {
  const { hash: _old, ...content } = release;
  return { ...content, hash: await computeContentHash(content) };
}
