import { render } from 'preact';
import { CARD_HOST_TAG } from '@/utils/marking/own-ui';
import type { CardModel } from '@/utils/card/card-model';
import { formatPartialDate, type Language } from '@/utils/dates/format-date';
import { cardText } from '@/utils/i18n/card-strings';
import { PHASE_LABELS } from '@/utils/i18n/phase-labels';
import { fitToAnchor } from './fit-to-anchor';
import { isOutOfSight } from './out-of-sight';
import { TermCard } from './TermCard';
import compactStyles from './term-card-compact.css?inline';
import baseStyles from './term-card.css?inline';
import { attachHost, leaveTopLayer, raiseAgain, showInTopLayer } from './top-layer';



// The host lives in the page's light DOM, where any stylesheet can reach it.
// Inline !important declarations win over the page's own !important rules:
// `all: initial` undoes `* { all: unset !important }`, popover UA styles and
// anything else, and leaves only what is set here (left/top, and a zoom
// cancelling the root's, come later).
const HOST_STYLE = 'all:initial!important;display:block!important;position:fixed!important;z-index:2147483647!important';

/** What the card is placed against: the marked Range (every line box of the occurrence). */
type CardAnchor = Pick<Range, 'getClientRects' | 'getBoundingClientRect' | 'commonAncestorContainer'>;

export interface ShowCardOptions {
  model: CardModel;
  language: Language;
  /** The occurrence the card belongs to: it is placed beside all its client rects, never over them. */
  anchor: CardAnchor;
  /** Opened by keyboard: move focus into the card so links are reachable by Tab. */
  focus: boolean;
  /** Where the occurrence is among the page's marks when stepping (1-based): announced as "3 sur 17". */
  position?: { index: number; total: number } | null;
  onClose: () => void;
  onOpenTimeline: (termId: string) => void;
}

/**
 * Renders the one hover card of a document (a web page, the PDF viewer, the
 * welcome page): Preact in an open shadow root (page CSS cannot reach in,
 * the card cannot leak out), in the top layer as a manual popover (above any
 * z-index, and usable in fullscreen), placed beside its term and never over
 * it (fitToAnchor). Esc inside the card closes it, and focus goes back to
 * where it was before it entered the card.
 */
export class CardHost {
  private host: HTMLElement | null = null;
  private container: HTMLElement | null = null;
  private liveRegion: HTMLElement | null = null;
  private stopFollowing: (() => void) | null = null;
  private returnFocusTo: HTMLElement | null = null;
  private current: ShowCardOptions | null = null;
  private expanded = false;
  private readonly document: Document;

  constructor(document: Document) {
    this.document = document;
  }

  get isOpen(): boolean {
    return this.current !== null;
  }

  get termId(): string | null {
    return this.current?.model.termId ?? null;
  }

  /** Whether an event target belongs to the card. */
  contains(target: EventTarget | null): boolean {
    return target !== null && target === this.host;
  }

  show(options: ShowCardOptions): void {
    const host = this.ensureHost();
    this.stopFollowing?.();
    if (options.model.termId !== this.current?.model.termId) this.expanded = false;
    this.current = options;
    this.renderCard();
    this.announce(options);
    attachHost(host, this.document);
    showInTopLayer(host);
    this.place();
    this.stopFollowing = this.follow(options);
    if (options.focus) {
      // Stepping from one card to the next keeps the first place focus came from.
      if (this.document.activeElement !== host) this.returnFocusTo = deepActiveElement(this.document);
      this.cardElement()?.focus({ preventScroll: true });
    }
  }

  hide(): void {
    if (!this.host || !this.current) return;
    const focusWasInside = this.document.activeElement === this.host;
    this.stopFollowing?.();
    this.stopFollowing = null;
    this.current = null;
    this.expanded = false;
    render(null, this.container!);
    leaveTopLayer(this.host);
    this.host.remove();
    const returnTo = this.returnFocusTo;
    this.returnFocusTo = null;
    // Only when the card had focus: a card closing because the pointer
    // left must not pull focus away from where the reader is typing.
    if (focusWasInside && returnTo?.isConnected) returnTo.focus({ preventScroll: true });
  }

  destroy(): void {
    this.hide();
    this.document.removeEventListener('fullscreenchange', this.onFullscreenChange);
    this.host?.remove();
    this.host = null;
    this.container = null;
    this.liveRegion = null;
  }

  private renderCard(): void {
    const options = this.current;
    if (!options) return;
    render(
      <TermCard
        model={options.model}
        language={options.language}
        expanded={this.expanded}
        onToggleExpanded={this.toggleExpanded}
        position={options.position ?? null}
        onClose={options.onClose}
        onOpenTimeline={options.onOpenTimeline}
      />,
      this.container!,
    );
  }

  private readonly toggleExpanded = () => {
    this.expanded = !this.expanded;
    this.renderCard();
    const card = this.cardElement();
    if (card) card.scrollTop = 0;
    this.place();
  };

  private cardElement(): HTMLElement | null {
    return (this.container?.firstElementChild as HTMLElement | null) ?? null;
  }

  private place(): void {
    const card = this.cardElement();
    if (!this.host || !card || !this.current) return;
    const { anchor } = this.current;
    const container = anchor.commonAncestorContainer;
    const element = container instanceof Element ? container : container.parentElement;
    const view = this.document.defaultView!;
    const direction = element && view.getComputedStyle(element).direction === 'rtl' ? 'rtl' : 'ltr';
    const rects = Array.from(anchor.getClientRects(), (rect) => ({ x: rect.left, y: rect.top, width: rect.width, height: rect.height }));
    fitToAnchor({ host: this.host, card, rects, expanded: this.expanded, direction, view });
  }

  /**
   * Keeps the card beside its occurrence while the page scrolls (any
   * scrolling container: scroll events are caught in the capture phase) or
   * the window resizes, once per frame; closes it when the occurrence has
   * scrolled out of sight.
   */
  private follow({ anchor, onClose }: ShowCardOptions): () => void {
    const view = this.document.defaultView!;
    let frame: number | undefined;
    const update = () => {
      frame ??= view.requestAnimationFrame(() => {
        frame = undefined;
        if (isOutOfSight(anchor.getBoundingClientRect(), anchor.commonAncestorContainer, view)) onClose();
        else this.place();
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
    style.textContent = `${baseStyles}\n${compactStyles}`;
    this.container = this.document.createElement('div');
    this.liveRegion = this.document.createElement('div');
    this.liveRegion.className = 'live';
    this.liveRegion.setAttribute('role', 'status');
    this.liveRegion.setAttribute('aria-live', 'polite');
    shadow.append(style, this.liveRegion, this.container);
    shadow.addEventListener('keydown', this.onKeyDown);
    host.addEventListener('focusin', this.onFocusIn);
    this.host = host;
    this.document.addEventListener('fullscreenchange', this.onFullscreenChange);
    return host;
  }

  /** Esc with focus in the card closes it, in any document that hosts it (the content script also listens page-wide). */
  private readonly onKeyDown = (event: Event) => {
    if ((event as KeyboardEvent).key !== 'Escape' || !this.current) return;
    event.stopPropagation();
    this.current.onClose();
  };

  /** Focus arriving from the page (Tab into the card): remember where it came from. */
  private readonly onFocusIn = (event: FocusEvent) => {
    const from = event.relatedTarget;
    if (!this.returnFocusTo && from instanceof HTMLElement && from !== this.host) this.returnFocusTo = from;
  };

  /**
   * Entering or leaving fullscreen with the card open: move it to where it
   * can be used (attachHost) and raise it again: Chromium puts a fullscreen
   * element into the top layer only once the window has resized, which can
   * be after the card opened.
   */
  private readonly onFullscreenChange = () => {
    if (!this.host?.isConnected) return;
    attachHost(this.host, this.document);
    raiseAgain(this.host);
    this.place();
  };

  /** Screen readers hear the term and where it stands, and its position when stepping ("3 sur 17"). */
  private announce({ model, language, position }: ShowCardOptions): void {
    if (!this.liveRegion) return;
    const t = cardText(language);
    const summary = t('card.announce', {
      label: model.label,
      phase: PHASE_LABELS[model.phase][language],
      date: formatPartialDate(model.status.asOf, language),
    });
    this.liveRegion.textContent = position
      ? t('card.announcePosition', { position: t('card.position', position), summary })
      : summary;
  }
}

/** The focused element, looking inside open shadow roots (a page's own web components). */
function deepActiveElement(document: Document): HTMLElement | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : null;
}
