/**
 * Which marks' ranges lie near the viewport: within one screen above or
 * below it. Tracked per element holding a mark's text, with one IntersectionObserver,
 * so scrolling costs the page nothing until an element comes near or goes.
 *
 * Why: Chromium re-checks every registered highlight range after any change
 * to the DOM, the page's own included, before the next frame. With
 * thousands of ranges (a long dossier) that took a visible change from 18 ms
 * to 52 ms in the benchmark. Registering only the ranges near the viewport
 * keeps that check small, whatever the length of the page.
 */
export class VisibleMarks {
  private readonly byElement = new Map<Element, Set<Range>>();
  /** Where each range was filed: its text may have left that element since. */
  private readonly elementOf = new Map<Range, Element>();
  private readonly near = new Set<Element>();
  private readonly observer: IntersectionObserver;

  constructor(
    view: Window & typeof globalThis,
    private readonly onNear: (ranges: Iterable<Range>) => void,
    private readonly onAway: (ranges: Iterable<Range>) => void,
  ) {
    this.observer = new view.IntersectionObserver((entries) => this.update(entries), { rootMargin: '100% 0px' });
  }

  add(range: Range): void {
    const element = range.startContainer.parentElement;
    if (!element) return;
    let ranges = this.byElement.get(element);
    if (!ranges) {
      ranges = new Set();
      this.byElement.set(element, ranges);
      this.observer.observe(element);
    }
    ranges.add(range);
    this.elementOf.set(range, element);
    if (this.near.has(element)) this.onNear([range]);
  }

  remove(range: Range): void {
    const element = this.elementOf.get(range);
    const ranges = element ? this.byElement.get(element) : undefined;
    if (!element || !ranges) return;
    this.elementOf.delete(range);
    ranges.delete(range);
    if (ranges.size > 0) return;
    this.byElement.delete(element);
    this.near.delete(element);
    this.observer.unobserve(element);
  }

  disconnect(): void {
    this.observer.disconnect();
    this.byElement.clear();
    this.elementOf.clear();
    this.near.clear();
  }

  private update(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const ranges = this.byElement.get(entry.target);
      if (!ranges) continue;
      if (entry.isIntersecting) {
        this.near.add(entry.target);
        this.onNear(ranges);
      } else if (this.near.delete(entry.target)) {
        this.onAway(ranges);
      }
    }
  }
}
