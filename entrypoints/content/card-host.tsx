import { render } from 'preact';
import { TermCard } from '@/components/term-card/TermCard';
import cardStyles from '@/components/term-card/term-card.css?inline';
import type { CardModel } from '@/utils/card/card-model';
import type { Language } from '@/utils/dates/format-date';
import { PHASE_LABELS } from '@/utils/i18n/phase-labels';
import { cardText } from '@/utils/i18n/card-strings';
import { formatPartialDate } from '@/utils/dates/format-date';
import { placeCard } from '@/utils/card/place-card';
import { isOutOfSight } from './out-of-sight';

export const CARD_HOST_TAG = 'repere-card';

// The host lives in the page's light DOM, where any stylesheet can reach it.
// Inline !important declarations win over the page's own !important rules:
// `all: initial` undoes `* { all: unset !important }`, popover UA styles and
// anything else, and leaves only what is set here (left/top come later).
const HOST_STYLE = 'all:initial!important;position:fixed!important;z-index:2147483647!important';

/** What the card is placed against: the occurrence's line box. */
export interface RangeAnchor {
  getBoundingClientRect(): DOMRect;
  /** The node whose containers may clip the occurrence (a Range has it). */
  readonly commonAncestorContainer?: Node;
}

export interface ShowCardOptions {
  model: CardModel;
  language: Language;
  /** The occurrence the card belongs to: it is positioned against it. */
  anchor: RangeAnchor;
  /** Opened by keyboard: move focus into the card so links are reachable by Tab. */
  focus: boolean;
  onClose: () => void;
  onOpenTimeline: (termId: string) => void;
}

/**
 * Renders the one hover card of a page: Preact in an open shadow root (page
 * CSS cannot reach in, the card cannot leak out), placed in the top layer as
 * a manual popover (above any z-index, and usable in fullscreen), and
 * placed beside its term without ever leaving the viewport (placeCard).
 */
export class CardHost {
  private host: HTMLElement | null = null;
  private container: HTMLElement | null = null;
  private liveRegion: HTMLElement | null = null;
  private stopFollowing: (() => void) | null = null;
  private returnFocusTo: Element | null = null;
  private currentTermId: string | null = null;
  private readonly document: Document;

  constructor(document: Document) {
    this.document = document;
  }

  get isOpen(): boolean {
    return this.currentTermId !== null;
  }

  get termId(): string | null {
    return this.currentTermId;
  }

  /** Whether an event target belongs to the card. */
  contains(target: EventTarget | null): boolean {
    return target !== null && target === this.host;
  }

  show(options: ShowCardOptions): void {
    const host = this.ensureHost();
    this.stopFollowing?.();
    this.currentTermId = options.model.termId;
    render(
      <TermCard
        model={options.model}
        language={options.language}
        onClose={options.onClose}
        onOpenTimeline={options.onOpenTimeline}
      />,
      this.container!,
    );
    this.announce(options.model, options.language);
    this.attach(host);
    this.showInTopLayer(host);
    const card = this.container!.firstElementChild as HTMLElement | null;
    const place = () => {
      const root = this.document.documentElement;
      const anchor = options.anchor.getBoundingClientRect();
      const size = host.getBoundingClientRect();
      const { x, y } = placeCard({
        anchor: { x: anchor.left, y: anchor.top, width: anchor.width, height: anchor.height },
        card: { width: size.width, height: size.height },
        // clientWidth leaves out a classic scrollbar, which the card must not cover.
        viewport: { width: root.clientWidth || innerWidth, height: root.clientHeight || innerHeight },
      });
      host.style.setProperty('left', `${Math.round(x)}px`, 'important');
      host.style.setProperty('top', `${Math.round(y)}px`, 'important');
    };
    place();
    this.stopFollowing = this.follow(options.anchor, place, options.onClose);
    if (options.focus && card) {
      this.returnFocusTo = this.document.activeElement;
      card.focus({ preventScroll: true });
    }
  }

  hide(): void {
    if (!this.host || this.currentTermId === null) return;
    this.stopFollowing?.();
    this.stopFollowing = null;
    this.currentTermId = null;
    render(null, this.container!);
    try {
      this.host.hidePopover?.();
    } catch {
      // Not shown as a popover (older browser): removing it is enough.
    }
    this.host.remove();
    const returnTo = this.returnFocusTo as HTMLElement | null;
    this.returnFocusTo = null;
    if (returnTo && typeof returnTo.focus === 'function' && returnTo.isConnected) returnTo.focus({ preventScroll: true });
  }

  /**
   * Keeps the card beside its occurrence while the page scrolls (any
   * scrolling container: scroll events are caught in the capture phase) or
   * the window resizes, once per frame; closes it when the occurrence has
   * scrolled out of sight.
   */
  private follow(anchor: RangeAnchor, place: () => void, close: () => void): () => void {
    const view = this.document.defaultView!;
    let frame: number | undefined;
    const update = () => {
      frame ??= view.requestAnimationFrame(() => {
        frame = undefined;
        if (isOutOfSight(anchor.getBoundingClientRect(), anchor.commonAncestorContainer, view)) close();
        else place();
      });
    };
    view.addEventListener('scroll', update, { capture: true, passive: true });
    view.addEventListener('resize', update, { passive: true });
    return () => {
      view.removeEventListener('scroll', update, { capture: true });
      view.removeEventListener('resize', update);
      if (frame !== undefined) view.cancelAnimationFrame(frame);
    };
  }

  private ensureHost(): HTMLElement {
    if (this.host) return this.host;
    const host = this.document.createElement(CARD_HOST_TAG);
    host.style.cssText = HOST_STYLE;
    host.setAttribute('popover', 'manual');
    const shadow = host.attachShadow({ mode: 'open' });
    const style = this.document.createElement('style');
    style.textContent = cardStyles;
    this.container = this.document.createElement('div');
    this.liveRegion = this.document.createElement('div');
    this.liveRegion.className = 'live';
    this.liveRegion.setAttribute('role', 'status');
    this.liveRegion.setAttribute('aria-live', 'polite');
    shadow.append(style, this.liveRegion, this.container);
    this.host = host;
    // Entering or leaving fullscreen with the card open: move it to where
    // it can be used (see attach) and raise it again: Chromium puts a
    // fullscreen element into the top layer only once the window has
    // resized, which can be after the card opened.
    this.document.addEventListener('fullscreenchange', () => {
      if (!host.isConnected) return;
      this.attach(host);
      try {
        if (host.matches(':popover-open')) host.hidePopover();
        host.showPopover();
      } catch {
        // Left where it was: still visible outside fullscreen.
      }
    });
    return host;
  }

  /**
   * Puts the host in the document: after <body> usually, but inside the
   * fullscreen element while there is one. Chromium draws a top-layer card
   * above a fullscreen element yet sends the pointer only to that element's
   * subtree: outside it the card would show but close as soon as the
   * pointer moved into it, its links out of reach.
   */
  private attach(host: HTMLElement): void {
    const fullscreen = this.document.fullscreenElement;
    if (fullscreen && canHoldCard(fullscreen)) {
      if (host.parentNode !== fullscreen) fullscreen.append(host);
      return;
    }
    const body = this.document.body ?? this.document.documentElement;
    if (!host.isConnected || host.parentNode !== body.parentNode) body.after(host);
  }

  private showInTopLayer(host: HTMLElement): void {
    try {
      if (typeof host.showPopover === 'function' && !host.matches(':popover-open')) host.showPopover();
    } catch {
      // The host is still fixed-positioned with the highest z-index.
    }
  }

  /** Screen readers hear the term and where it stands when a card opens on hover. */
  private announce(model: CardModel, language: Language): void {
    if (!this.liveRegion) return;
    this.liveRegion.textContent = cardText(language)('card.announce', {
      label: model.label,
      phase: PHASE_LABELS[model.phase][language],
      date: formatPartialDate(model.asOf, language),
    });
  }
}

/** Elements that show their children (not a video, image, canvas or embedded document). */
function canHoldCard(element: Element): boolean {
  return (
    element.namespaceURI === 'http://www.w3.org/1999/xhtml' &&
    !['VIDEO', 'AUDIO', 'IMG', 'CANVAS', 'IFRAME', 'EMBED', 'OBJECT'].includes(element.tagName)
  );
}
