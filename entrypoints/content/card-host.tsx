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
 * a manual popover (above any z-index, and visible in fullscreen), and
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
    if (!host.isConnected) (this.document.body ?? this.document.documentElement).after(host);
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
    // Chromium puts a fullscreen element into the top layer only once the
    // window has resized, which can be after a card opened: raise the card
    // again so it stays above the fullscreen element.
    this.document.addEventListener('fullscreenchange', () => {
      if (!host.isConnected || !host.matches(':popover-open')) return;
      try {
        host.hidePopover();
        host.showPopover();
      } catch {
        // Left where it was: still visible outside fullscreen.
      }
    });
    return host;
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
