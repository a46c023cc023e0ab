/**
 * The benchmark's floor: walk the page's text and run Repère's matcher over
 * it, changing nothing (no ranges, no highlights, no page context). Injected
 * into a page without the extension.
 */
import { textNodesIn } from '../../../entrypoints/content/text-nodes';
import { compileMatcher, type MatcherAlias } from '../../../utils/matcher/compile-matcher';

(window as unknown as { runFloor: unknown }).runFloor = (aliases: MatcherAlias[]) => {
  const started = performance.now();
  const matcher = compileMatcher(aliases);
  let matches = 0;
  for (const node of textNodesIn(document.body)) matches += matcher.findMatches(node.data).length;
  return { ms: performance.now() - started, matches };
};
