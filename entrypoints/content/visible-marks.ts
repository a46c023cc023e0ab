import type { Mark } from './mark';

/**
 * Which marks lie near the viewport: within one screen above or below it.
 * Tracked per element holding a mark's text, with one IntersectionObserver,
 * so scrolling costs the page nothing until an element comes near or goes.
 *
 * Why: Chromium re-checks every registered highlight range after any change
 * to the DOM, the page's own included, before the next frame. With
 * thousands of ranges (a long dossier) that took a visible change from 18 ms
 * to 52 ms in the benchmark. Registering only the ranges near the viewport
 * keeps that check small, whatever the length of the page.
 */
export class VisibleMarks {
  private readonly byElement = new Map<Element, Set<Mark>>();
  /** Where each mark was filed: its node may have left that element since. */
  private readonly elementOf = new Map<Mark, Element>();
  private readonly near = new Set<Element>();
  private readonly observer: IntersectionObserver;

  constructor(
    view: Window & typeof globalThis,
    private readonly onNear: (marks: Iterable<Mark>) => void,
    private readonly onAway: (marks: Iterable<Mark>) => void,
  ) {
    this.observer = new view.IntersectionObserver((entries) => this.update(entries), { rootMargin: '100% 0px' });
  }

  add(mark: Mark): void {
    const element = mark.node.parentElement;
    if (!element) return;
    let marks = this.byElement.get(element);
    if (!marks) {
      marks = new Set();
      this.byElement.set(element, marks);
      this.observer.observe(element);
    }
    marks.add(mark);
    this.elementOf.set(mark, element);
    if (this.near.has(element)) this.onNear([mark]);
  }

  remove(mark: Mark): void {
    const element = this.elementOf.get(mark);
    const marks = element ? this.byElement.get(element) : undefined;
    if (!element || !marks) return;
    this.elementOf.delete(mark);
    marks.delete(mark);
    if (marks.size > 0) return;
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
      const marks = this.byElement.get(entry.target);
      if (!marks) continue;
      if (entry.isIntersecting) {
        this.near.add(entry.target);
        this.onNear(marks);
      } else if (this.near.delete(entry.target)) {
        this.onAway(marks);
      }
    }
  }
}
