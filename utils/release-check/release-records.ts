import type { TimeSlicer } from '../scheduling/time-slicer';
import type { Release } from '../dataset/schema';

/**
 * A verified release as one JSON text per record, plus its small head. The
 * checker worker sends a release this way because the background can then
 * parse it record by record, in short slices, where one `JSON.parse` of the
 * whole file would hold it for tens of milliseconds.
 */
export interface ReleaseRecords {
  head: Omit<Release, 'terms' | 'milestones' | 'sources'>;
  terms: string[];
  milestones: string[];
  sources: string[];
}

export function releaseToRecords({ terms, milestones, sources, ...head }: Release): ReleaseRecords {
  return {
    head,
    terms: terms.map((term) => JSON.stringify(term)),
    milestones: milestones.map((milestone) => JSON.stringify(milestone)),
    sources: sources.map((source) => JSON.stringify(source)),
  };
}

/**
 * The release back, one record at a time between slices. Records are
 * trusted here: they come from the extension's own checker, which verified
 * them.
 */
export async function releaseFromRecords(records: ReleaseRecords, slicer: TimeSlicer): Promise<Release> {
  const parseAll = async <T>(texts: string[]): Promise<T[]> => {
    const parsed: T[] = [];
    for (const text of texts) {
      parsed.push(JSON.parse(text) as T);
      await slicer.maybeYield();
    }
    return parsed;
  };
  return {
    ...records.head,
    terms: await parseAll<Release['terms'][number]>(records.terms),
    milestones: await parseAll<Release['milestones'][number]>(records.milestones),
    sources: await parseAll<Release['sources'][number]>(records.sources),
  };
}
