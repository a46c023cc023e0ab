/** One marked occurrence of a term in a page. */
export interface Mark {
  termId: string;
  /** The text node the occurrence lies in (its own node once the fallback wrapped it). */
  node: Text;
  range: Range;
}
