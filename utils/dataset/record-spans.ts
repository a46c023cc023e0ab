import { visit } from 'jsonc-parser';

/** Where one record's JSON text lies in a release file's text: [start, end), in UTF-16 units. */
export type Span = readonly [start: number, end: number];

export type RecordSpans = Record<'terms' | 'milestones' | 'sources', Span[]>;

const LISTS = new Set(['terms', 'milestones', 'sources']);

/**
 * The span of every term, milestone and source record in a release's text,
 * in file order, so that one record can be read back (`JSON.parse` of its
 * slice) without parsing the whole file. jsonc-parser's visitor finds them
 * (a well-kept scanner, where hand-written string and escape handling would
 * be easy to get wrong); each record's inside is skipped, not visited.
 * The text must already be known to be a valid release.
 */
export function recordSpans(text: string): RecordSpans {
  const spans: RecordSpans = { terms: [], milestones: [], sources: [] };
  let open: { list: keyof RecordSpans; start: number } | null = null;
  visit(text, {
    onObjectBegin: (offset, _length, _line, _character, pathOf) => {
      const path = pathOf();
      if (path.length === 2 && LISTS.has(String(path[0]))) {
        open = { list: path[0] as keyof RecordSpans, start: offset };
        return false;
      }
      return path.length < 2;
    },
    onObjectEnd: (offset) => {
      if (!open) return;
      spans[open.list].push([open.start, offset + 1]);
      open = null;
    },
  });
  return spans;
}

export function readSpan<T>(text: string, [start, end]: Span): T {
  return JSON.parse(text.slice(start, end)) as T;
}
