import type { PageTerm } from '../messaging/contract';

/** One frame's `page-terms` answer, with the frame it came from (0: the top document). */
export interface FrameTerms {
  frameId: number;
  terms: readonly PageTerm[];
}

export interface TabTerm extends PageTerm {
  /** The frame to ask to reveal the term: the top document when it has it, else the first frame that does. */
  frameId: number;
}

/**
 * "Sur cette page" for a whole tab: each programme's occurrences summed
 * over all its frames. Programmes of the top document come first (most
 * frequent first), then those found only in other frames, in frame order.
 */
export function sumFrameTerms(frames: readonly FrameTerms[]): TabTerm[] {
  const ordered = [...frames].sort((a, b) => (a.frameId === 0 ? -1 : b.frameId === 0 ? 1 : 0));
  const byId = new Map<string, TabTerm & { fromTop: boolean; order: number }>();
  for (const frame of ordered) {
    for (const term of frame.terms) {
      const known = byId.get(term.id);
      if (known) known.count += term.count;
      else byId.set(term.id, { id: term.id, count: term.count, frameId: frame.frameId, fromTop: frame.frameId === 0, order: byId.size });
    }
  }
  return [...byId.values()]
    .sort((a, b) => Number(b.fromTop) - Number(a.fromTop) || (a.fromTop ? b.count - a.count : 0) || a.order - b.order)
    .map(({ id, count, frameId }) => ({ id, count, frameId }));
}
