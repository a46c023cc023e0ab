import { beforeAll, describe, expect, it } from 'vitest';
import { buildReleaseFromDataDir } from '../../../scripts/lib/build-release';
import { buildLookupView, packLookupView, readTermDetails, unpackLookupView } from '../../../utils/dataset/lookup-view';
import { readSpan, recordSpans } from '../../../utils/dataset/record-spans';
import type { Release } from '../../../utils/dataset/schema';
import { buildTermDetails } from '../../../utils/dataset/term-details';
import { buildMarkerIndex } from '../../../utils/dataset/term-index';
import { buildPagePrefilter } from '../../../utils/matcher/prefilter';

let release: Release;
beforeAll(async () => {
  release = await buildReleaseFromDataDir();
});

/** The same release written another way: indented, keys in another order, non-ASCII escaped, braces inside strings. */
function writtenOddly(value: Release): string {
  const { sources, hash, milestones, terms, ...head } = value;
  const reordered = { sources, hash, milestones, terms, ...head };
  const text = JSON.stringify(reordered, null, '\t').replace(/[\u0080-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return text;
}

describe('where each record lies in a release file', () => {
  it('finds every record, in file order, however the file is written', () => {
    const tricky = structuredClone(release);
    tricky.terms[0]!.summary.fr = 'Des accolades } et { dans une phrase, des "guillemets" \\ et ] [';
    for (const text of [JSON.stringify(tricky), writtenOddly(tricky)]) {
      const spans = recordSpans(text);
      expect(spans.terms.map((span) => readSpan(text, span))).toEqual(tricky.terms);
      expect(spans.milestones.map((span) => readSpan(text, span))).toEqual(tricky.milestones);
      expect(spans.sources.map((span) => readSpan(text, span))).toEqual(tricky.sources);
    }
  });
});

describe('the lookup view', () => {
  it('gives every card exactly what buildTermDetails gives, read from the file without parsing it whole', () => {
    for (const text of [JSON.stringify(release), writtenOddly(release)]) {
      const view = buildLookupView(release, text);
      for (const term of release.terms) expect(readTermDetails(text, view.details[term.id]!)).toEqual(buildTermDetails(release, term.id));
    }
  });

  it('holds the term index and the page prefilter the background sends, the same after a trip through its two files', async () => {
    const built = buildLookupView(release, JSON.stringify(release));
    const view = await unpackLookupView(packLookupView(built));
    expect(view).toEqual(built);
    expect(view.index).toEqual(buildMarkerIndex(release));
    expect(view.prefilter).toEqual(buildPagePrefilter(buildMarkerIndex(release).matcher.aliases));
  });
});
