import { beforeAll, describe, expect, it } from 'vitest';
import { buildReleaseFromDataDir } from '../../../scripts/lib/build-release';
import { buildTermIndex } from '../../../utils/dataset/term-index';
import { compileMatcher, type Matcher } from '../../../utils/matcher/compile-matcher';
import { occurrencesInText } from '../../../utils/matcher/page-occurrences';
import { addScores, loadCorpus, scorePage, type Score } from '../../support/corpus';

/**
 * Accuracy on real page excerpts (tests/corpus/pages): French e-health news
 * and official pages, and pages where the same letters mean something else.
 * Counted per occurrence against a careful reader's counts.
 */
const corpus = loadCorpus();
let matcher: Matcher;

beforeAll(async () => {
  matcher = compileMatcher(buildTermIndex(await buildReleaseFromDataDir()).aliases);
});

function found(text: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const match of occurrencesInText(text, matcher, 'normal')) counts[match.termId] = (counts[match.termId] ?? 0) + 1;
  return counts;
}

describe('matcher accuracy on the real-page corpus', () => {
  it('holds at least 40 pages, both health-policy and unrelated', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(40);
    expect(corpus.filter((page) => page.kind === 'health-policy').length).toBeGreaterThanOrEqual(25);
    expect(corpus.filter((page) => page.kind === 'unrelated').length).toBeGreaterThanOrEqual(15);
  });

  it('reaches precision ≥ 0.98 and recall ≥ 0.95 on health-policy pages', () => {
    const scores: Score[] = [];
    const misses: string[] = [];
    for (const page of corpus.filter((candidate) => candidate.kind === 'health-policy')) {
      const score = scorePage(found(page.text), page.expected);
      scores.push(score);
      if (score.falsePositives || score.falseNegatives) {
        misses.push(`${page.file}: +${score.falsePositives} −${score.falseNegatives}`);
      }
    }
    const total = addScores(scores);
    console.log(
      `corpus: precision ${total.precision.toFixed(3)}, recall ${total.recall.toFixed(3)} ` +
        `(${total.truePositives} found, ${total.falsePositives} wrong, ${total.falseNegatives} missed)` +
        (misses.length ? `\n  ${misses.join('\n  ')}` : ''),
    );
    expect(total.precision).toBeGreaterThanOrEqual(0.98);
    expect(total.recall).toBeGreaterThanOrEqual(0.95);
  });

  it.each(corpus.filter((page) => page.kind === 'unrelated').map((page) => [page.file, page] as const))(
    'marks nothing on the unrelated page %s',
    (_file, page) => {
      expect(found(page.text)).toEqual({});
    },
  );
});
