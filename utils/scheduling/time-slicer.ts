/**
 * Cuts a long loop into short tasks: `maybeYield()` gives the event loop a
 * turn once `budgetMs` of work has run since the last one. The background
 * verifies a release this way so that a lookup from a page, arriving in the
 * middle, is answered within a slice instead of after the whole release.
 */
export class TimeSlicer {
  private sliceStarted = performance.now();
  /** How many times work gave way; tests read it. */
  yields = 0;

  constructor(
    private readonly budgetMs = 8,
    private readonly giveWay: () => Promise<void> = () => new Promise((resolve) => setTimeout(resolve, 0)),
  ) {}

  async maybeYield(): Promise<void> {
    if (performance.now() - this.sliceStarted < this.budgetMs) return;
    await this.giveWay();
    this.yields++;
    this.sliceStarted = performance.now();
  }
}
