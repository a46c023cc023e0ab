import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { computeContentHash } from '../../utils/dataset/content-hash';
import { findEvidenceProblems } from '../../utils/dataset/check-evidence';
import { findReferenceProblems, type ReferenceProblem } from '../../utils/dataset/check-references';
import { ReleaseContentSchema, ReleaseSchema, type Release, type ReleaseContent } from '../../utils/dataset/schema';
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
 * Says where a problem found in the assembled release lives in `data/`: the
 * file that holds the record, and the field inside it ("data/terms/ins.json:
 * term.status.reviewedAt").
 */
function locate(
  problem: ReferenceProblem,
  release: ReleaseContent,
  files: { milestoneFile: Map<string, string>; sourceFile: Map<string, string> },
): string {
  const [collection, index, ...field] = problem.path;
  const rest = field.length ? `.${field.join('.')}` : '';
  if (collection === 'terms' && typeof index === 'number') {
    return `data/terms/${release.terms[index]!.id}.json: term${rest}`;
  }
  if (collection === 'milestones' && typeof index === 'number') {
    const id = release.milestones[index]!.id;
    return `data/terms/${files.milestoneFile.get(id)}: milestones[id=${id}]${rest}`;
  }
  if (collection === 'sources' && typeof index === 'number') {
    const id = release.sources[index]!.id;
    return `data/sources/${files.sourceFile.get(id)}: [id=${id}]${rest}`;
  }
  return `data/: ${problem.path.join('.')}`;
}

/**
 * Reads and validates every file in `data/`, and returns the release the
 * extension bundles and a maintainer publishes. Throws a DatasetError naming
 * each file and field at fault and the rule it breaks. The schema and the
 * references are always checked (the extension holds every release to
 * them); the editorial evidence rules (check-evidence.ts) on request, as
 * `npm run dataset:check` and the tests do.
 */
export async function buildReleaseFromDataDir({
  dataDir = DATA_DIR,
  checkEvidence = false,
}: { dataDir?: string; checkEvidence?: boolean } = {}): Promise<Release> {
  const termFiles = await readJsonFolder(path.join(dataDir, 'terms'), TermFileSchema);
  const sourceFiles = await readJsonFolder(path.join(dataDir, 'sources'), SourceFileSchema);
  const content = assembleRelease({
    meta: await readJsonFile(path.join(dataDir, 'release.json'), ReleaseMetaFileSchema),
    termFiles,
    sourceFiles,
  });
  const checked = ReleaseContentSchema.safeParse(content);
  if (!checked.success) throw new DatasetError(`data/ as a whole:\n${z.prettifyError(checked.error)}`);
  const problems = [...findReferenceProblems(checked.data), ...(checkEvidence ? findEvidenceProblems(checked.data) : [])];
  if (problems.length > 0) {
    const files = {
      milestoneFile: new Map(termFiles.flatMap((file) => file.content.milestones.map((milestone) => [milestone.id, file.name] as const))),
      sourceFile: new Map(sourceFiles.flatMap((file) => file.content.map((source) => [source.id, file.name] as const))),
    };
    const lines = problems.map((problem) => `✖ ${locate(problem, checked.data, files)}\n  ${problem.message}`);
    throw new DatasetError(`${problems.length} problem(s) in data/:\n${lines.join('\n')}`);
  }
  const release = { ...checked.data, hash: await computeContentHash(checked.data) };
  return ReleaseSchema.parse(release);
}

/** The bytes of a release file: stable, readable, ending with a newline. */
export function serializeRelease(release: Release): string {
  return `${JSON.stringify(release, null, 1)}\n`;
}
