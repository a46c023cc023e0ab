import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Matcher } from '../../utils/matcher/compile-matcher';
import { frenchVocabulary, noProgrammeArticle } from './no-programme-pages';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CORPUS = path.join(ROOT, 'tests/corpus/pages');
const SEEDS = path.join(ROOT, '../shared/seeds');
const TARGET_BYTES = 1024 * 1024;

interface CorpusPage {
  kind: string;
  text: string;
}

function corpusTexts(kind: string): string[] {
  return readdirSync(CORPUS)
    .filter((name) => name.endsWith('.json'))
    .map((name) => JSON.parse(readFileSync(path.join(CORPUS, name), 'utf8')) as CorpusPage)
    .filter((page) => page.kind === kind)
    .map((page) => page.text);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Paragraphs laid out like a long news page (headings, paragraphs, lists, links) until ~1 MB of text. */
function articleOf(title: string, paragraphs: string[]): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < TARGET_BYTES; i++) {
    const text = paragraphs[i % paragraphs.length]!;
    size += text.length;
    if (i % 12 === 0) parts.push(`<h2>Section ${i / 12 + 1}</h2>`);
    if (i % 7 === 3) parts.push(`<ul><li>${escapeHtml(text.slice(0, 120))}</li><li><a href="#p${i}">Lire aussi</a></li></ul>`);
    else parts.push(`<p id="p${i}">${escapeHtml(text)}</p>`);
  }
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><article><h1>${escapeHtml(title)}</h1>${parts.join('\n')}</article></body></html>`;
}

function paragraphsOf(texts: string[]): string[] {
  return texts.flatMap((text) => text.split(/\n{2,}/)).map((text) => text.trim()).filter((text) => text.length > 40);
}

/** The bench pages, built once per run from the corpus and the seeds. */
export function buildBenchPages(matcher: Matcher): Record<string, string> {
  const seeds = readdirSync(SEEDS).map((name) => readFileSync(path.join(SEEDS, name), 'utf8'));
  const words = frenchVocabulary([...corpusTexts('unrelated'), ...corpusTexts('health-policy'), ...seeds], matcher);
  // The seed articles' paragraphs that name programmes, repeated to 1 MB.
  const health = paragraphsOf(seeds).filter((text) => matcher.hasMatch(text));
  return {
    '/bench/blank.html': '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Vide</title></head><body></body></html>',
    '/bench/plain-30kb.html': noProgrammeArticle({ words, bytes: 30 * 1024, matcher }),
    '/bench/plain-30kb-frames.html': noProgrammeArticle({ words, bytes: 30 * 1024, frames: 6, seed: 2, matcher }),
    '/bench/plain-1mb.html': noProgrammeArticle({ words, bytes: TARGET_BYTES, seed: 3, matcher }),
    '/bench/health-1mb.html': articleOf('Dossier : la feuille de route du numérique en santé', health),
    '/bench/dynamic.html': `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Fil en direct</title></head><body><main id="live"><p>Fil en direct.</p></main>
<script>
  window.benchParagraphs = ${JSON.stringify(health.slice(0, 200))};
  window.runLiveBlog = (batches, perBatch, everyMs) => new Promise((resolve) => {
    let batch = 0;
    const timer = setInterval(() => {
      const fragment = document.createDocumentFragment();
      for (let i = 0; i < perBatch; i++) {
        const p = document.createElement('p');
        p.textContent = window.benchParagraphs[(batch * perBatch + i) % window.benchParagraphs.length];
        fragment.append(p);
      }
      document.getElementById('live').prepend(fragment);
      if (++batch >= batches) { clearInterval(timer); resolve(performance.now()); }
    }, everyMs);
  });
</script></body></html>`,
  };
}

export function benchPagesRoute(pages: Record<string, string>) {
  return (request: IncomingMessage, response: ServerResponse): boolean => {
    const body = pages[new URL(request.url ?? '/', 'http://x').pathname];
    if (body === undefined) return false;
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    response.end(body);
    return true;
  };
}
