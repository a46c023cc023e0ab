import type { Mark } from './mark';
import type { Timers } from './mutation-watcher';

export const OPEN_DELAY_MS = 120;
export const CLOSE_DELAY_MS = 300;

export interface HoverIntentOptions {
  window: Window;
  hitTest: (x: number, y: number) => Mark | null;
  isCardTarget: (target: EventTarget | null) => boolean;
  /** The pointer came to rest on a mark: the card may open soon (time to fetch what it needs). */
  onPending?: (mark: Mark) => void;
  onOpen: (mark: Mark, pointer: { x: number; y: number }) => void;
  onClose: () => void;
  isOpenOn: (mark: Mark) => boolean;
  isOpen: () => boolean;
  /** The window's timers by default; tests pass fake ones so they never race the clock. */
  timers?: Timers;
}

/**
 * Turns pointer movement into "open this card" / "close it": a short pause
 * on a mark opens it (passing over does nothing), the card stays open while
 * the pointer travels into it, and leaving both closes it after a moment.
 * Pointer events are read once per animation frame at most.
 */
export class HoverIntent {
  private openTimer: number | undefined;
  private closeTimer: number | undefined;
  private frame: number | undefined;
  private lastPointer: { x: number; y: number; target: EventTarget | null } | null = null;
  private hovered: Mark | null = null;
  private readonly options: HoverIntentOptions;
  private readonly timers: Timers;

  constructor(options: HoverIntentOptions) {
    this.options = options;
    const { window } = options;
    this.timers = options.timers ?? { setTimeout: (handler, ms) => window.setTimeout(handler, ms), clearTimeout: (id) => window.clearTimeout(id) };
    options.window.addEventListener('pointermove', this.onPointerMove, { passive: true, capture: true });
    options.window.addEventListener('pointerdown', this.onPointerDown, { passive: true, capture: true });
  }

  destroy(): void {
    const { window } = this.options;
    window.removeEventListener('pointermove', this.onPointerMove, { capture: true });
    window.removeEventListener('pointerdown', this.onPointerDown, { capture: true });
    this.cancelOpen();
    this.cancelClose();
    if (this.frame !== undefined) window.cancelAnimationFrame(this.frame);
  }

  private readonly onPointerMove = (event: PointerEvent) => {
    if (event.pointerType === 'touch') return;
    this.lastPointer = { x: event.clientX, y: event.clientY, target: event.target };
    this.frame ??= this.options.window.requestAnimationFrame(() => {
      this.frame = undefined;
      this.evaluate();
    });
  };

  /** A click or tap outside the card closes it. */
  private readonly onPointerDown = (event: PointerEvent) => {
    if (this.options.isOpen() && !this.options.isCardTarget(event.target)) {
      const mark = this.options.hitTest(event.clientX, event.clientY);
      if (!mark || !this.options.isOpenOn(mark)) this.options.onClose();
    }
  };

  private evaluate(): void {
    const pointer = this.lastPointer;
    if (!pointer) return;
    if (this.options.isCardTarget(pointer.target)) {
      this.cancelClose();
      this.cancelOpen();
      return;
    }
    const mark = this.options.hitTest(pointer.x, pointer.y);
    if (mark === this.hovered) {
      if (!mark && this.options.isOpen()) this.scheduleClose();
      return;
    }
    this.hovered = mark;
    this.cancelOpen();
    if (!mark) {
      if (this.options.isOpen()) this.scheduleClose();
      return;
    }
    this.cancelClose();
    if (this.options.isOpenOn(mark)) return;
    const at = { x: pointer.x, y: pointer.y };
    this.options.onPending?.(mark);
    this.openTimer = this.timers.setTimeout(() => {
      this.openTimer = undefined;
      if (this.hovered === mark) this.options.onOpen(mark, at);
    }, OPEN_DELAY_MS);
  }

  private scheduleClose(): void {
    if (this.closeTimer !== undefined) return;
    this.closeTimer = this.timers.setTimeout(() => {
      this.closeTimer = undefined;
      this.hovered = null;
      this.options.onClose();
    }, CLOSE_DELAY_MS);
  }

  private cancelOpen(): void {
    if (this.openTimer !== undefined) this.timers.clearTimeout(this.openTimer);
    this.openTimer = undefined;
  }

  private cancelClose(): void {
    if (this.closeTimer !== undefined) this.timers.clearTimeout(this.closeTimer);
    this.closeTimer = undefined;
  }
}
