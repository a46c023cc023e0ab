import { buildPagePrefilter, type PagePrefilter } from '../matcher/prefilter';
import { readSpan, recordSpans, type Span } from './record-spans';
import type { Milestone, Release, Source, Term } from './schema';
import { buildTermDetails, type TermDetails } from './term-details';
import { buildMarkerIndex, type MarkerIndex } from './term-index';

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
  index: MarkerIndex;
  prefilter: PagePrefilter;
  details: Record<string, DetailsPlan>;
}

export function buildLookupView(release: Release, text: string): LookupView {
  const spans = recordSpans(text);
  const milestoneSpans = new Map(release.milestones.map((milestone, i) => [milestone.id, spans.milestones[i]!]));
  const sourceSpans = new Map(release.sources.map((source, i) => [source.id, spans.sources[i]!]));
  const index = buildMarkerIndex(release);
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
  return { index, prefilter: buildPagePrefilter(index.matcher.aliases), details };
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
 * A lookup view as stored and sent from the checker: one JSON file. A Blob
 * passes by reference and is written to IndexedDB without going through
 * the transaction's copy, where the same objects (thousands of aliases and
 * patterns for a big release) take tens of milliseconds to clone at each hop.
 */
export type LookupFiles = Blob;

export const packLookupView = (view: LookupView): LookupFiles => new Blob([JSON.stringify(view)], { type: 'application/json' });

export const unpackLookupView = async (file: LookupFiles): Promise<LookupView> => JSON.parse(await file.text()) as LookupView;
