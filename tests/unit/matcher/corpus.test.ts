// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReleaseFromDataDir } from '../../../scripts/lib/build-release';
import { buildMarkerIndex, type MarkerIndex } from '../../../utils/dataset/term-index';
import { addScores, loadCorpus, scorePage, type Score } from '../../support/corpus';
import { markCorpusPage } from '../../support/mark-corpus-page';

/**
 * Accuracy on real pages (tests/corpus/pages), measured through the code
 * the extension runs: each page loaded as a document and marked by the
 * content script's own marker, counted per occurrence against a careful
 * reader's counts, per programme.
 */
const corpus = loadCorpus();
let index: MarkerIndex;
const found = new Map<string, Record<string, number>>();

beforeAll(async () => {
  index = buildMarkerIndex(await buildReleaseFromDataDir());
  for (const page of corpus) found.set(page.file, await markCorpusPage({ html: page.html, url: page.url, index }));
}, 120_000);

describe('detection accuracy on the real-page corpus, through the extension’s marker', () => {
  it('holds whole pages of both kinds', () => {
    expect(corpus.filter((page) => page.kind === 'health-policy').length).toBeGreaterThanOrEqual(55);
    expect(corpus.filter((page) => page.kind === 'unrelated').length).toBeGreaterThanOrEqual(30);
    expect(corpus.filter((page) => page.file.endsWith('.html')).length).toBeGreaterThanOrEqual(39);
  });

  it('reaches precision ≥ 0.99 and recall ≥ 0.97 per occurrence on health-policy pages', () => {
    const scores: Score[] = [];
    const misses: string[] = [];
    const perTerm = new Map<string, Score>();
    for (const page of corpus.filter((candidate) => candidate.kind === 'health-policy')) {
      const counts = found.get(page.file)!;
      const score = scorePage(counts, page.expected);
      scores.push(score);
      if (score.falsePositives || score.falseNegatives) misses.push(`${page.file}: +${score.falsePositives} −${score.falseNegatives}`);
      for (const id of new Set([...Object.keys(counts), ...Object.keys(page.expected)])) {
        const one = scorePage({ [id]: counts[id] ?? 0 }, { [id]: page.expected[id] ?? 0 });
        const sum = perTerm.get(id) ?? { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
        perTerm.set(id, addScores([sum, one]));
      }
    }
    const total = addScores(scores);
    const weak = [...perTerm]
      .map(([id, score]) => ({ id, ...addScores([score]) }))
      .filter((score) => score.precision < 1 || score.recall < 1)
      .map((score) => `${score.id} p ${score.precision.toFixed(2)} r ${score.recall.toFixed(2)}`);
    console.log(
      `corpus (${corpus.length} pages): precision ${total.precision.toFixed(3)}, recall ${total.recall.toFixed(3)} ` +
        `(${total.truePositives} found, ${total.falsePositives} wrong, ${total.falseNegatives} missed)` +
        (misses.length ? `\n  pages: ${misses.join('\n         ')}` : '') +
        (weak.length ? `\n  programmes below 1.00: ${weak.join(', ')}` : ''),
    );
    expect(total.precision).toBeGreaterThanOrEqual(0.99);
    expect(total.recall).toBeGreaterThanOrEqual(0.97);
  });

  it.each(corpus.filter((page) => page.kind === 'unrelated').map((page) => [page.file, page] as const))(
    'marks nothing on the unrelated page %s',
    (_file, page) => {
      expect(found.get(page.file)).toEqual({});
    },
  );
});
