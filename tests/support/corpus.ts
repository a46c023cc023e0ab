import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './paths';

export interface CorpusPage {
  file: string;
  url: string;
  title: string;
  kind: 'health-policy' | 'unrelated';
  about: string;
  text: string;
  expected: Record<string, number>;
}

export const CORPUS_DIR = path.join(ROOT, 'tests/corpus/pages');

export function loadCorpus(): CorpusPage[] {
  return readdirSync(CORPUS_DIR)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ file: name, ...(JSON.parse(readFileSync(path.join(CORPUS_DIR, name), 'utf8')) as Omit<CorpusPage, 'file'>) }));
}

export interface Score {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

/** Per-occurrence comparison of what was found with what a careful reader counts. */
export function scorePage(found: Record<string, number>, expected: Record<string, number>): Score {
  const score: Score = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
  for (const id of new Set([...Object.keys(found), ...Object.keys(expected)])) {
    const got = found[id] ?? 0;
    const want = expected[id] ?? 0;
    score.truePositives += Math.min(got, want);
    score.falsePositives += Math.max(0, got - want);
    score.falseNegatives += Math.max(0, want - got);
  }
  return score;
}

export function addScores(scores: Score[]): Score & { precision: number; recall: number } {
  const total = scores.reduce(
    (sum, score) => ({
      truePositives: sum.truePositives + score.truePositives,
      falsePositives: sum.falsePositives + score.falsePositives,
      falseNegatives: sum.falseNegatives + score.falseNegatives,
    }),
    { truePositives: 0, falsePositives: 0, falseNegatives: 0 },
  );
  return {
    ...total,
    precision: total.truePositives / Math.max(1, total.truePositives + total.falsePositives),
    recall: total.truePositives / Math.max(1, total.truePositives + total.falseNegatives),
  };
}
