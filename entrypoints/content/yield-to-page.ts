/**
 * Gives the main thread back to the page between two slices of work:
 * `scheduler.yield()` where it exists (the continuation keeps its priority),
 * a zero-delay timeout elsewhere.
 */
export function yieldToPage(window: Window): Promise<void> {
  const scheduler = (window as Window & { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => window.setTimeout(resolve, 0));
}
