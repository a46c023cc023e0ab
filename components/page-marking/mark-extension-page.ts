import { askBackground } from '@/utils/adapters/messaging/send';
import { createMatcher } from '@/utils/matcher/compile-matcher';
import { HoverIntent } from '@/utils/marking/hover-intent';
import { markingRulesOf, PageMarker } from '@/utils/marking/page-marker';
import { TextCensus } from '@/utils/marking/text-census';
import type { ContentSettings } from '@/utils/settings/settings';
import { CardController } from '../term-card/card-controller';
import { CardHost } from '../term-card/card-host';

export interface ExtensionPageMarking {
  marker: PageMarker;
  card: CardController;
  /** Resolves once the root has been read. */
  ready: Promise<void>;
  /** A count, by the same rule, of texts not on the page (a PDF's pages not rendered yet). */
  census(): TextCensus;
  destroy(): void;
}

/**
 * Repère's marking, hover and cards on part of one of the extension's own
 * pages (the welcome page's sample, the PDF viewer's text layer): the same
 * marker, the same ambiguity rule and the same card as on a web page,
 * reading the dataset from the background. Content scripts do not run on
 * extension pages, so the page runs it itself.
 */
export async function markExtensionPage({
  root,
  settings,
  articleDay,
  watch = true,
  joinLines = false,
}: {
  root: HTMLElement;
  settings: ContentSettings;
  /** The document's publication day, when known (a PDF's metadata). */
  articleDay?: string | null;
  watch?: boolean;
  /** The root's text nodes are lines (the PDF viewer's text layer). */
  joinLines?: boolean;
}): Promise<ExtensionPageMarking> {
  const index = await askBackground({ type: 'get-index' });
  const view = root.ownerDocument.defaultView as Window & typeof globalThis;
  const matcher = createMatcher(index.matcher);
  const categoryOf = (termId: string) => index.categories[termId];
  let marker: PageMarker | null = null;
  const card = new CardController({
    window: view,
    settings,
    onActiveChange: (mark) => marker?.setActive(mark),
    createHost: (document) => new CardHost(document),
    ...(articleDay !== undefined ? { articleDay } : {}),
  });
  marker = new PageMarker({
    document: root.ownerDocument,
    root,
    matcher,
    settings,
    categoryOf,
    watch,
    joinLines,
    onMarksChanged: () => {
      const open = card.openMark;
      if (open && !open.node.isConnected) card.close();
    },
  });
  const pageMarker = marker;
  const hover = new HoverIntent({
    window: view,
    hitTest: (x, y) => pageMarker.markAt(x, y),
    isCardTarget: (target) => card.contains(target),
    onPending: (mark) => card.prepare(mark.termId),
    onOpen: (mark) => void card.open(mark, { focus: false }),
    onClose: () => card.close(),
    isOpenOn: (mark) => card.isOpenOn(mark),
    isOpen: () => card.isOpen,
  });
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && card.isOpen) {
      card.close();
      event.stopPropagation();
    }
  };
  view.addEventListener('keydown', onKeyDown, true);
  const ready = pageMarker.start();
  return {
    marker: pageMarker,
    card,
    ready,
    census: () =>
      new TextCensus({ implementation: root.ownerDocument.implementation, matcher, rules: markingRulesOf({ settings, categoryOf, joinLines }) }),
    destroy() {
      hover.destroy();
      view.removeEventListener('keydown', onKeyDown, true);
      card.destroy();
      pageMarker.destroy();
    },
  };
}
