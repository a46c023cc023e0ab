/** One marked occurrence of a term in a page. */
export interface Mark {
  termId: string;
  /** The text node the occurrence lies in (its own node once the fallback wrapped it). */
  node: Text;
  range: Range;
}

/** An occurrence within one text node. */
export function markInNode(document: Document, node: Text, match: { termId: string; start: number; end: number }): Mark {
  const range = document.createRange();
  range.setStart(node, match.start);
  range.setEnd(node, match.end);
  return { termId: match.termId, node, range };
}

/** Whether `a` comes before `b` in the document. */
export function precedes(a: Mark, b: Mark): boolean {
  if (a.node === b.node) return a.range.startOffset < b.range.startOffset;
  return (a.node.compareDocumentPosition(b.node) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}

/**
 * An occurrence that runs from one text node into the next ones of a batch
 * read as joined lines (a PDF's text layer has one node per line: "Mon
 * espace" / "santé"). It belongs to the node it starts in.
 */
export function markAcrossNodes(
  document: Document,
  batch: { nodes: Text[]; texts: string[]; separatorLength: number },
  first: { index: number; start: number },
  match: { termId: string; start: number; end: number },
): Mark {
  let index = first.index;
  let nodeStart = first.start;
  while (index + 1 < batch.nodes.length && match.end > nodeStart + batch.texts[index]!.length) {
    nodeStart += batch.texts[index]!.length + batch.separatorLength;
    index++;
  }
  const startNode = batch.nodes[first.index]!;
  const endNode = batch.nodes[index]!;
  const range = document.createRange();
  range.setStart(startNode, match.start - first.start);
  range.setEnd(endNode, Math.min(Math.max(0, match.end - nodeStart), endNode.length));
  return { termId: match.termId, node: startNode, range };
}

/** Occurrences per term. */
export function countByTerm(marks: Iterable<Mark>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const mark of marks) counts.set(mark.termId, (counts.get(mark.termId) ?? 0) + 1);
  return counts;
}
