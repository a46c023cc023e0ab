/**
 * A plain highlighter for comparison: mark.js marking the same aliases (it
 * wraps each hit in a <mark>, one DOM pass per alias). Injected into a page
 * without the extension.
 */
import Mark from 'mark.js';

(window as unknown as { runMarkJs: unknown }).runMarkJs = (aliases: { text: string; caseSensitive: boolean }[]) => {
  const started = performance.now();
  let matches = 0;
  const instance = new Mark(document.body);
  for (const caseSensitive of [true, false]) {
    instance.mark(
      aliases.filter((alias) => alias.caseSensitive === caseSensitive).map((alias) => alias.text),
      {
        separateWordSearch: false,
        caseSensitive,
        diacritics: true,
        accuracy: { value: 'exactly', limiters: [',', '.', ';', ':', '!', '?', '(', ')', '«', '»', "'", '’', '"'] },
        each: () => void matches++,
      },
    );
  }
  return { ms: performance.now() - started, matches };
};
