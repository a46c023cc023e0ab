import type { Release } from './schema';

/**
 * A verified release as one JSON text per record, plus its small head. The
 * checker worker sends a release this way, a batch at a time, because the
 * background can then parse it a batch at a time between lookups, where one
 * `JSON.parse` of the whole file would hold it for tens of milliseconds.
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

/** A release's records, parsed. */
export type ParsedRecords = Pick<Release, 'terms' | 'milestones' | 'sources'>;

/**
 * Parses one batch of records onto the end of `into`. Records are trusted
 * here: they come from the extension's own checker, which verified them.
 */
export function parseRecords(batch: Partial<Omit<ReleaseRecords, 'head'>>, into: ParsedRecords): void {
  for (const text of batch.terms ?? []) into.terms.push(JSON.parse(text) as Release['terms'][number]);
  for (const text of batch.milestones ?? []) into.milestones.push(JSON.parse(text) as Release['milestones'][number]);
  for (const text of batch.sources ?? []) into.sources.push(JSON.parse(text) as Release['sources'][number]);
}
