import { visit } from 'jsonc-parser';

/** Where one record's JSON text lies in a release file's text: [start, end), in UTF-16 units. */
export type Span = readonly [start: number, end: number];

export type RecordSpans = Record<'terms' | 'milestones' | 'sources', Span[]>;

/**
 * The span of every term, milestone and source record in a valid release's
 * text, in file order, so one record can be read back (`JSON.parse` of its
 * slice) without parsing the whole file. jsonc-parser's visitor finds them
 * (a well-kept scanner: strings and escapes are easy to get wrong by hand);
 * each record's inside is skipped, not visited.
 */
export function recordSpans(text: string): RecordSpans {
  const spans: RecordSpans = { terms: [], milestones: [], sources: [] };
  let open: { list: Span[]; start: number } | null = null;
  visit(text, {
    onObjectBegin: (offset, _length, _line, _character, pathOf) => {
      const [list, index, ...deeper] = pathOf();
      if (index === undefined || deeper.length > 0) return index === undefined;
      if (list === 'terms' || list === 'milestones' || list === 'sources') open = { list: spans[list], start: offset };
      return false;
    },
    onObjectEnd: (offset) => {
      open?.list.push([open.start, offset + 1]);
      open = null;
    },
  });
  return spans;
}

export function readSpan<T>(text: string, [start, end]: Span): T {
  return JSON.parse(text.slice(start, end)) as T;
}
