// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CLOSE_DELAY_MS, HoverIntent, OPEN_DELAY_MS } from '../../../utils/marking/hover-intent';
import type { Mark } from '../../../utils/marking/mark';
import { ManualClock } from '../../support/manual-clock';

/** Two marks side by side: x in [0, 50) is on INS, [50, 100) on DMP, anything else on plain text. */
function markOf(termId: string): Mark {
  const node = document.createTextNode(termId);
  return { termId, node, range: document.createRange() };
}

let clock: ManualClock;
let card: HTMLElement;
let intent: HoverIntent;
let openOn: Mark | null;
const INS = markOf('ins');
const DMP = markOf('dmp');
const events: string[] = [];
const onOpen = vi.fn((mark: Mark) => {
  openOn = mark;
  events.push(`open ${mark.termId}`);
});
const onClose = vi.fn(() => {
  openOn = null;
  events.push('close');
});
const onPending = vi.fn((mark: Mark) => void events.push(`pending ${mark.termId}`));
const hitTest = vi.fn((x: number, _y: number) => (x < 50 ? INS : x < 100 ? DMP : null));

beforeEach(() => {
  clock = new ManualClock();
  openOn = null;
  events.length = 0;
  vi.clearAllMocks();
  vi.spyOn(window, 'requestAnimationFrame').mockImplementation(clock.requestAnimationFrame);
  vi.spyOn(window, 'cancelAnimationFrame').mockImplementation(clock.cancelAnimationFrame);
  card = document.createElement('div');
  document.body.append(card);
  intent = new HoverIntent({
    window,
    hitTest: (x, y) => hitTest(x, y),
    isCardTarget: (target) => target instanceof Node && card.contains(target),
    onPending,
    onOpen,
    onClose,
    isOpenOn: (mark) => openOn === mark,
    isOpen: () => openOn !== null,
    timers: clock,
  });
});

afterEach(() => {
  intent.destroy();
  card.remove();
  vi.restoreAllMocks();
});

/** A pointer move as the browser sends it, then the frame in which Repère reads it. */
function moveTo(x: number, { target = document.body as Element, pointerType = 'mouse', frame = true } = {}) {
  target.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, clientX: x, clientY: 10, pointerType }));
  if (frame) clock.runFrame();
}

function pressAt(x: number, target: Element = document.body) {
  target.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, clientX: x, clientY: 10, pointerType: 'mouse' }));
}

describe('HoverIntent', () => {
  it('opens the card after the pointer rests on a mark for the intent delay, not before', () => {
    moveTo(10);
    // The card may fetch what it needs at once; it is not shown yet.
    expect(events).toEqual(['pending ins']);
    clock.advance(OPEN_DELAY_MS - 1);
    expect(onOpen).not.toHaveBeenCalled();
    clock.advance(1);
    expect(onOpen).toHaveBeenCalledOnce();
    expect(onOpen).toHaveBeenCalledWith(INS, { x: 10, y: 10 });
  });

  it('does nothing when the pointer only passes over a mark', () => {
    moveTo(10);
    clock.advance(OPEN_DELAY_MS / 2);
    moveTo(200);
    clock.advance(10 * OPEN_DELAY_MS);
    expect(onOpen).not.toHaveBeenCalled();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('restarts the delay when the pointer moves from one mark to the next, and opens the one it rests on', () => {
    moveTo(10);
    clock.advance(OPEN_DELAY_MS - 20);
    moveTo(60);
    clock.advance(OPEN_DELAY_MS - 1);
    expect(onOpen).not.toHaveBeenCalled();
    clock.advance(1);
    expect(events).toEqual(['pending ins', 'pending dmp', 'open dmp']);
  });

  it('reads the pointer once per animation frame, at its last position', () => {
    moveTo(10, { frame: false });
    moveTo(20, { frame: false });
    moveTo(60, { frame: false });
    expect(hitTest).not.toHaveBeenCalled();
    clock.runFrame();
    expect(hitTest).toHaveBeenCalledOnce();
    expect(hitTest).toHaveBeenCalledWith(60, 10);
  });

  it('ignores touch: a tap is not a hover', () => {
    moveTo(10, { pointerType: 'touch' });
    clock.advance(10 * OPEN_DELAY_MS);
    expect(clock.pendingFrames).toBe(0);
    expect(events).toEqual([]);
  });

  it('closes the card the close delay after the pointer leaves the mark, not before', () => {
    moveTo(10);
    clock.advance(OPEN_DELAY_MS);
    moveTo(200);
    clock.advance(CLOSE_DELAY_MS - 1);
    expect(onClose).not.toHaveBeenCalled();
    clock.advance(1);
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('keeps the card open while the pointer travels into it, and closes once it leaves both', () => {
    moveTo(10);
    clock.advance(OPEN_DELAY_MS);
    moveTo(200);
    clock.advance(CLOSE_DELAY_MS - 50);
    moveTo(200, { target: card });
    clock.advance(10 * CLOSE_DELAY_MS);
    expect(onClose).not.toHaveBeenCalled();
    moveTo(300);
    clock.advance(CLOSE_DELAY_MS);
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('keeps the card when the pointer comes back to its mark in time, without opening it twice', () => {
    moveTo(10);
    clock.advance(OPEN_DELAY_MS);
    moveTo(200);
    clock.advance(CLOSE_DELAY_MS - 50);
    moveTo(10);
    clock.advance(10 * CLOSE_DELAY_MS);
    expect(events).toEqual(['pending ins', 'open ins']);
  });

  it('closes on a press outside the card and its mark, not on a press in the card or on the open mark', () => {
    moveTo(10);
    clock.advance(OPEN_DELAY_MS);
    pressAt(10, card);
    pressAt(10);
    expect(onClose).not.toHaveBeenCalled();
    pressAt(60);
    expect(onClose).toHaveBeenCalledOnce();
    // Nothing open: a press has nothing to close.
    pressAt(200);
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('stops everything on destroy(): no open, no close, no frame, no more listening', () => {
    moveTo(10);
    intent.destroy();
    clock.advance(10 * OPEN_DELAY_MS);
    expect(onOpen).not.toHaveBeenCalled();

    openOn = INS;
    moveTo(200, { frame: false });
    expect(clock.pendingFrames).toBe(0);
    pressAt(200);
    clock.advance(10 * CLOSE_DELAY_MS);
    expect(onClose).not.toHaveBeenCalled();
    expect(clock.pendingTimeouts).toBe(0);
  });

  it('drops a pending close and frame on destroy()', () => {
    moveTo(10);
    clock.advance(OPEN_DELAY_MS);
    moveTo(200);
    moveTo(10, { frame: false });
    expect(clock.pendingTimeouts).toBe(1);
    expect(clock.pendingFrames).toBe(1);
    intent.destroy();
    expect(clock.pendingTimeouts).toBe(0);
    expect(clock.pendingFrames).toBe(0);
    clock.advance(10 * CLOSE_DELAY_MS);
    expect(onClose).not.toHaveBeenCalled();
  });
});
