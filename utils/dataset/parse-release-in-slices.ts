import type { z } from 'zod';
import type { TimeSlicer } from '../scheduling/time-slicer';
import { findReferenceProblems } from './check-references';
import { MilestoneSchema, ReleaseOutlineSchema, SourceSchema, TermSchema, type Release } from './schema';

export type SlicedParseResult =
  | { success: true; data: Release }
  | { success: false; issue: { path: PropertyKey[]; message: string } };

/**
 * `ReleaseSchema.safeParse`, done a record at a time with pauses between
 * slices: checking a release of several megabytes in one go holds the
 * background's only thread for a few hundred milliseconds, and every lookup
 * from a page waits behind it. Same rules, same result (a unit test holds
 * the two side by side); only the first problem found is reported.
 */
export async function parseReleaseInSlices(input: unknown, slicer: TimeSlicer): Promise<SlicedParseResult> {
  const outline = ReleaseOutlineSchema.safeParse(input);
  if (!outline.success) return failure(outline.error.issues[0]!);
  const check = async <T>(list: 'terms' | 'milestones' | 'sources', schema: z.ZodType<T>) => {
    const records: T[] = [];
    for (const [index, record] of outline.data[list].entries()) {
      const result = schema.safeParse(record);
      if (!result.success) {
        const issue = result.error.issues[0]!;
        return failure({ ...issue, path: [list, index, ...issue.path] });
      }
      records.push(result.data);
      await slicer.maybeYield();
    }
    return records;
  };
  const terms = await check('terms', TermSchema);
  if (!Array.isArray(terms)) return terms;
  const milestones = await check('milestones', MilestoneSchema);
  if (!Array.isArray(milestones)) return milestones;
  const sources = await check('sources', SourceSchema);
  if (!Array.isArray(sources)) return sources;
  const release: Release = { ...outline.data, terms, milestones, sources };
  const [problem] = findReferenceProblems(release);
  return problem ? failure(problem) : { success: true, data: release };
}

function failure(issue: { path: PropertyKey[]; message: string }): SlicedParseResult {
  return { success: false, issue: { path: issue.path, message: issue.message } };
}
