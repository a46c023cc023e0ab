import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { computeContentHash } from '../../utils/dataset/content-hash';
import { checkReleaseReferences } from '../../utils/dataset/check-references';
import { ReleaseContentSchema, ReleaseSchema, type Release } from '../../utils/dataset/schema';
import {
  assembleRelease,
  ReleaseMetaFileSchema,
  SourceFileSchema,
  TermFileSchema,
  type NamedFile,
} from '../../utils/dataset/source-files';

export const DATA_DIR = path.resolve(import.meta.dirname, '../../data');

export class DatasetError extends Error {
  override name = 'DatasetError';
}

async function readJsonFile<T>(file: string, schema: z.ZodType<T>): Promise<T> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new DatasetError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  const result = schema.safeParse(parsed);
  if (!result.success) throw new DatasetError(`${file}:\n${z.prettifyError(result.error)}`);
  return result.data;
}

async function readJsonFolder<T>(folder: string, schema: z.ZodType<T>): Promise<NamedFile<T>[]> {
  const names = (await readdir(folder)).filter((name) => name.endsWith('.json')).sort();
  return Promise.all(
    names.map(async (name) => ({ name, content: await readJsonFile(path.join(folder, name), schema) })),
  );
}

/**
 * Reads and validates every file in `data/`, and returns the release the
 * extension bundles and a maintainer publishes. Throws a DatasetError naming
 * the file and field at fault.
 */
export async function buildReleaseFromDataDir(dataDir = DATA_DIR): Promise<Release> {
  const content = assembleRelease({
    meta: await readJsonFile(path.join(dataDir, 'release.json'), ReleaseMetaFileSchema),
    termFiles: await readJsonFolder(path.join(dataDir, 'terms'), TermFileSchema),
    sourceFiles: await readJsonFolder(path.join(dataDir, 'sources'), SourceFileSchema),
  });
  const checked = ReleaseContentSchema.superRefine(checkReleaseReferences).safeParse(content);
  if (!checked.success) throw new DatasetError(`data/ as a whole:\n${z.prettifyError(checked.error)}`);
  const release = { ...checked.data, hash: await computeContentHash(checked.data) };
  return ReleaseSchema.parse(release);
}

/** The bytes of a release file: stable, readable, ending with a newline. */
export function serializeRelease(release: Release): string {
  return `${JSON.stringify(release, null, 1)}\n`;
}
