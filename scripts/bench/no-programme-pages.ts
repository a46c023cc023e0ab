import type { Matcher } from '../../utils/matcher/compile-matcher';

/**
 * Pages that name no programme, as most pages a reader opens: random French
 * words laid out as a news article (menu, headings, paragraphs, lists,
 * footer). The vocabulary is every word of the corpus and seed texts that
 * names nothing on its own; each page is checked with the real matcher.
 */

function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function frenchVocabulary(texts: string[], matcher: Matcher): string[] {
  const words = new Set<string>();
  for (const text of texts) for (const word of text.match(/\p{L}{2,}/gu) ?? []) words.add(word.toLowerCase());
  const capitalised = (word: string) => word[0]!.toUpperCase() + word.slice(1);
  return [...words].filter((word) => !matcher.hasMatch(word) && !matcher.hasMatch(capitalised(word)) && !matcher.hasMatch(word.toUpperCase())).sort();
}

function sentence(words: string[], random: () => number): string {
  const length = 8 + Math.floor(random() * 14);
  const picked = Array.from({ length }, () => words[Math.floor(random() * words.length)]!);
  picked[0] = picked[0]![0]!.toUpperCase() + picked[0]!.slice(1);
  return `${picked.join(' ')}${random() < 0.1 ? ' ?' : '.'}`;
}

function paragraph(words: string[], random: () => number): string {
  return Array.from({ length: 3 + Math.floor(random() * 4) }, () => sentence(words, random)).join(' ');
}

/** An article of about `bytes` characters of text, with `frames` small srcdoc frames. */
export function noProgrammeArticle({
  words,
  bytes,
  frames = 0,
  seed = 1,
  matcher,
}: {
  words: string[];
  bytes: number;
  frames?: number;
  seed?: number;
  matcher: Matcher;
}): string {
  const random = seededRandom(seed);
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const text = paragraph(words, random);
    size += text.length;
    if (i % 10 === 0) parts.push(`<h2>${escapeHtml(sentence(words, random))}</h2>`);
    if (i % 7 === 3) parts.push(`<ul><li>${escapeHtml(sentence(words, random))}</li><li><a href="#p${i}">${escapeHtml(sentence(words, random))}</a></li></ul>`);
    else parts.push(`<p id="p${i}">${escapeHtml(text)}</p>`);
  }
  const frameTags = Array.from({ length: frames }, () => {
    const inner = `<!doctype html><html lang="fr"><body><p>${escapeHtml(paragraph(words, random))}</p></body></html>`;
    return `<iframe width="300" height="120" srcdoc="${inner.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"></iframe>`;
  });
  const menu = Array.from({ length: 8 }, () => `<li><a href="#">${escapeHtml(words[Math.floor(random() * words.length)]!)}</a></li>`).join('');
  const html =
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${escapeHtml(sentence(words, random))}</title></head>` +
    `<body><header><nav><ul>${menu}</ul></nav></header><main><article><h1>${escapeHtml(sentence(words, random))}</h1>` +
    `${parts.join('\n')}${frameTags.join('\n')}</article></main><footer><p>${escapeHtml(paragraph(words, random))}</p></footer></body></html>`;
  const text = html.replace(/<[^>]+>/g, ' ');
  if (matcher.hasMatch(text)) throw new Error('a generated no-programme page names a programme: fix the vocabulary');
  return html;
}
