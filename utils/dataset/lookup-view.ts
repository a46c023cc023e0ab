import { buildPrefilter, type Prefilter } from '../matcher/prefilter';
import { readSpan, recordSpans, type Span } from './record-spans';
import type { Milestone, Release, Source, Term } from './schema';
import { buildTermDetails, type TermDetails } from './term-details';
import { buildTermIndex, type TermIndex } from './term-index';

/** Where a term's card data lies in the release text: its record, its milestones' and its sources'. */
export interface DetailsPlan {
  term: Span;
  milestones: Span[];
  sources: [id: string, span: Span][];
  termLabels: Record<string, string>;
}

/**
 * What the background needs to answer lookups, computed once per release
 * (in the release checker worker) and stored beside its file: the term
 * index and the page prefilter as they are sent, and for each term where
 * its card data lies in the file's text. A woken background reads this
 * instead of parsing the whole release again.
 */
export interface LookupView {
  index: TermIndex;
  prefilter: Prefilter;
  details: Record<string, DetailsPlan>;
}

export function buildLookupView(release: Release, text: string): LookupView {
  const spans = recordSpans(text);
  const spanOf = <T extends { id: string }>(records: readonly T[], list: Span[]) => new Map(records.map((record, i) => [record.id, list[i]!]));
  const milestoneSpans = spanOf(release.milestones, spans.milestones);
  const sourceSpans = spanOf(release.sources, spans.sources);
  const index = buildTermIndex(release);
  const details: Record<string, DetailsPlan> = {};
  release.terms.forEach((term, i) => {
    const found = buildTermDetails(release, term.id)!;
    details[term.id] = {
      term: spans.terms[i]!,
      milestones: found.milestones.map((milestone) => milestoneSpans.get(milestone.id)!),
      sources: Object.keys(found.sources).map((id) => [id, sourceSpans.get(id)!]),
      termLabels: found.termLabels,
    };
  });
  return { index, prefilter: buildPrefilter(index.aliases), details };
}

/**
 * A lookup view as it is stored and passed from the checker worker to the
 * background: two files, the page prefilter's source as plain text and the
 * rest as JSON. Blobs travel by reference and are written to IndexedDB
 * without being copied through the transaction, where the same view as
 * objects (thousands of aliases, megabytes of prefilter) costs tens of
 * milliseconds to clone at each hop. Reading them back is a small parse.
 */
export interface LookupFiles {
  prefilter: Blob;
  view: Blob;
}

export function packLookupView({ prefilter, index, details }: LookupView): LookupFiles {
  return {
    prefilter: new Blob([prefilter.source], { type: 'text/plain' }),
    view: new Blob([JSON.stringify({ flags: prefilter.flags, index, details })], { type: 'application/json' }),
  };
}

export async function unpackLookupView(files: LookupFiles): Promise<LookupView> {
  const [source, view] = await Promise.all([files.prefilter.text(), files.view.text()]);
  const { flags, index, details } = JSON.parse(view) as Omit<LookupView, 'prefilter'> & { flags: string };
  return { index, details, prefilter: { source, flags } };
}

/** A term's card data, read from the release text with its plan (the same as buildTermDetails gives). */
export function readTermDetails(text: string, plan: DetailsPlan): TermDetails {
  return {
    term: readSpan<Term>(text, plan.term),
    milestones: plan.milestones.map((span) => readSpan<Milestone>(text, span)),
    sources: Object.fromEntries(plan.sources.map(([id, span]) => [id, readSpan<Source>(text, span)])),
    termLabels: plan.termLabels,
  };
}
