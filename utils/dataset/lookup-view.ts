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
 * What the background needs to answer lookups, computed once per release in
 * the checker worker and stored beside its file: the term index and page
 * prefilter as they are sent, and where each term's card data lies in the
 * file's text. A woken background reads this, never the whole release.
 */
export interface LookupView {
  index: TermIndex;
  prefilter: Prefilter;
  details: Record<string, DetailsPlan>;
}

export function buildLookupView(release: Release, text: string): LookupView {
  const spans = recordSpans(text);
  const milestoneSpans = new Map(release.milestones.map((milestone, i) => [milestone.id, spans.milestones[i]!]));
  const sourceSpans = new Map(release.sources.map((source, i) => [source.id, spans.sources[i]!]));
  const index = buildTermIndex(release);
  const details: Record<string, DetailsPlan> = {};
  release.terms.forEach((term, i) => {
    const { milestones, sources, termLabels } = buildTermDetails(release, term.id)!;
    details[term.id] = {
      term: spans.terms[i]!,
      milestones: milestones.map((milestone) => milestoneSpans.get(milestone.id)!),
      sources: Object.keys(sources).map((id) => [id, sourceSpans.get(id)!]),
      termLabels,
    };
  });
  return { index, prefilter: buildPrefilter(index.aliases), details };
}

/** A term's card data, read from the release text with its plan: what buildTermDetails gives. */
export function readTermDetails(text: string, plan: DetailsPlan): TermDetails {
  return {
    term: readSpan<Term>(text, plan.term),
    milestones: plan.milestones.map((span) => readSpan<Milestone>(text, span)),
    sources: Object.fromEntries(plan.sources.map(([id, span]) => [id, readSpan<Source>(text, span)])),
    termLabels: plan.termLabels,
  };
}

/**
 * A lookup view as stored and sent from the checker: two files, the
 * prefilter's source as text and the rest as JSON. Blobs pass by reference
 * and are written to IndexedDB without going through the transaction's
 * copy, where the same objects (thousands of aliases, megabytes of
 * prefilter) take tens of milliseconds to clone at each hop.
 */
export interface LookupFiles {
  prefilter: Blob;
  view: Blob;
}

export function packLookupView({ prefilter, index, details }: LookupView): LookupFiles {
  return { prefilter: new Blob([prefilter.source]), view: new Blob([JSON.stringify({ flags: prefilter.flags, index, details })]) };
}

export async function unpackLookupView(files: LookupFiles): Promise<LookupView> {
  const [source, view] = await Promise.all([files.prefilter.text(), files.view.text()]);
  const { flags, ...rest } = JSON.parse(view) as Omit<LookupView, 'prefilter'> & { flags: string };
  return { ...rest, prefilter: { source, flags } };
}
