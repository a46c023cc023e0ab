import type { Timers } from '../../utils/marking/mutation-watcher';

/**
 * Timers and animation frames that move only when a test says so: a test
 * of a delay then checks "not yet" and "now" without racing a real clock.
 */
export class ManualClock implements Timers {
  /** Milliseconds since the clock was made. */
  now = 0;
  private nextId = 1;
  private readonly timeouts = new Map<number, { at: number; handler: () => void }>();
  private readonly frames = new Map<number, FrameRequestCallback>();

  setTimeout(handler: () => void, ms: number): number {
    const id = this.nextId++;
    this.timeouts.set(id, { at: this.now + ms, handler });
    return id;
  }

  clearTimeout(id: number): void {
    this.timeouts.delete(id);
  }

  /** Moves time on, running every timeout that falls due on the way (those set meanwhile too), in order. */
  advance(ms: number): void {
    const end = this.now + ms;
    for (;;) {
      const due = [...this.timeouts].filter(([, timeout]) => timeout.at <= end).sort(([, a], [, b]) => a.at - b.at)[0];
      if (!due) break;
      const [id, timeout] = due;
      this.timeouts.delete(id);
      this.now = timeout.at;
      timeout.handler();
    }
    this.now = end;
  }

  get pendingTimeouts(): number {
    return this.timeouts.size;
  }

  requestAnimationFrame = (callback: FrameRequestCallback): number => {
    const id = this.nextId++;
    this.frames.set(id, callback);
    return id;
  };

  cancelAnimationFrame = (id: number): void => {
    this.frames.delete(id);
  };

  /** Runs the frame callbacks requested so far (a rendering opportunity). */
  runFrame(): void {
    const callbacks = [...this.frames.values()];
    this.frames.clear();
    for (const callback of callbacks) callback(this.now);
  }

  get pendingFrames(): number {
    return this.frames.size;
  }
}
