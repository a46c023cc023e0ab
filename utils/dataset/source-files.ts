import { z } from 'zod';
import { comparePartialDates } from '../dates/partial-date';
import {
  DatasetVersionSchema,
  LocalizedTextSchema,
  MilestoneSchema,
  SCHEMA_VERSION,
  SourceSchema,
  TermSchema,
  type ReleaseContent,
} from './schema';

/**
 * The reviewable source of truth in `data/`: one file per programme
 * (`data/terms/<id>.json`: the term and the milestones that belong to it),
 * source lists in `data/sources/*.json`, and `data/release.json` naming the
 * dataset version. `assembleRelease` turns them into one release.
 */
export const TermFileSchema = z.strictObject({
  term: TermSchema,
  milestones: z.array(MilestoneSchema),
});
export const SourceFileSchema = z.array(SourceSchema);
export const ReleaseMetaFileSchema = z.strictObject({
  version: DatasetVersionSchema,
  publishedAt: z.iso.datetime({ offset: true }),
  notes: LocalizedTextSchema.optional(),
});

export type TermFile = z.infer<typeof TermFileSchema>;
export type ReleaseMetaFile = z.infer<typeof ReleaseMetaFileSchema>;

export interface NamedFile<T> {
  name: string;
  content: T;
}

export function assembleRelease({
  meta,
  termFiles,
  sourceFiles,
}: {
  meta: ReleaseMetaFile;
  termFiles: NamedFile<TermFile>[];
  sourceFiles: NamedFile<z.infer<typeof SourceFileSchema>>[];
}): ReleaseContent {
  for (const file of termFiles) {
    const expected = `${file.content.term.id}.json`;
    if (file.name !== expected) {
      throw new Error(`${file.name}: a term file is named after its term id (${expected})`);
    }
  }
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    schemaVersion: SCHEMA_VERSION,
    version: meta.version,
    publishedAt: meta.publishedAt,
    ...(meta.notes ? { notes: meta.notes } : {}),
    terms: termFiles.map((file) => file.content.term).sort(byId),
    milestones: termFiles
      .flatMap((file) => file.content.milestones)
      .sort((a, b) => comparePartialDates(a.date, b.date) || byId(a, b)),
    sources: sourceFiles.flatMap((file) => file.content).sort(byId),
  };
}
