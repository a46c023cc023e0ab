import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './paths';

/**
 * The detection corpus: real pages (tests/corpus/pages), each with what a
 * careful reader counts. Older pages are article text (JSON); newer ones
 * are whole pages as stored (HTML, with menus, "à lire aussi", footers),
 * their facts in <meta name="corpus:…"> tags.
 */
export interface CorpusPage {
  file: string;
  url: string;
  kind: 'health-policy' | 'unrelated';
  about: string;
  /** A whole HTML document. */
  html: string;
  expected: Record<string, number>;
}

const CORPUS_DIR = path.join(ROOT, 'tests/corpus/pages');

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function fromJson(file: string, source: string): CorpusPage {
  const page = JSON.parse(source) as { url: string; title: string; kind: CorpusPage['kind']; about: string; text: string; expected: Record<string, number> };
  // Article text: one paragraph per line, as it was stored.
  const paragraphs = page.text.split(/\n+/).map((line) => `<p>${escapeHtml(line)}</p>`);
  const html = `<!doctype html><html lang="fr"><head><title>${escapeHtml(page.title)}</title></head><body><article>${paragraphs.join('')}</article></body></html>`;
  return { file, url: page.url, kind: page.kind, about: page.about, html, expected: page.expected };
}

function metaOf(html: string, name: string): string {
  const tag = new RegExp(`<meta name="corpus:${name}" content=(?:"([^"]*)"|'([^']*)')`).exec(html);
  if (!tag) throw new Error(`missing <meta name="corpus:${name}">`);
  return (tag[1] ?? tag[2] ?? '').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

function fromHtml(file: string, html: string): CorpusPage {
  const kind = metaOf(html, 'kind');
  if (kind !== 'health-policy' && kind !== 'unrelated') throw new Error(`${file}: corpus:kind is "${kind}"`);
  return { file, url: metaOf(html, 'url'), kind, about: metaOf(html, 'about'), html, expected: JSON.parse(metaOf(html, 'expected')) };
}

export function loadCorpus(): CorpusPage[] {
  return readdirSync(CORPUS_DIR)
    .filter((name) => name.endsWith('.json') || name.endsWith('.html'))
    .sort()
    .map((name) => {
      const source = readFileSync(path.join(CORPUS_DIR, name), 'utf8');
      return name.endsWith('.json') ? fromJson(name, source) : fromHtml(name, source);
    });
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
