/**
 * The benchmark's floor for a page full of programmes: the bare work of
 * marking, done as simply as a browser allows. One TreeWalker pass over the
 * text nodes, one native regular expression of every alias, a Range per
 * match and one `CSS.highlights.set`. Injected into a page without the
 * extension.
 */
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

(window as unknown as { runFloor: unknown }).runFloor = (aliases: { text: string }[]) => {
  const started = performance.now();
  const pattern = new RegExp(aliases.map((alias) => escapeRegExp(alias.text)).join('|'), 'g');
  const ranges: Range[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const text = node.data;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      ranges.push(range);
    }
  }
  CSS.highlights.set('floor', new Highlight(...ranges));
  return { ms: performance.now() - started, matches: ranges.length };
};
