import type { PageTerm } from '../../utils/messaging/contract';
import type { JourneyPage } from './journey-browser';

/**
 * Retries `read` until `check` accepts its value (or throws its last error):
 * the page, the card and the background all answer asynchronously.
 */
export async function eventually<T>(read: () => Promise<T>, check: (value: T) => void, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    let value: T | undefined;
    try {
      value = await read();
      check(value);
      return value;
    } catch (error) {
      if (Date.now() > deadline) {
        const seen = value === undefined ? '' : `\nlast value: ${JSON.stringify(value)}`;
        throw new Error(`${(error as Error).message}${seen}`, { cause: error });
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** Sends a message to the background from the control page, as the popup does. */
export function askBackground<T>(control: JourneyPage, message: object): Promise<T> {
  return control.evaluate((message) => {
    const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
    return api.runtime.sendMessage(message) as Promise<T>;
  }, message);
}

export async function tabIdOf(control: JourneyPage, url: string): Promise<number> {
  const id = await control.evaluate(async (target) => {
    const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
    const tabs = await api.tabs.query({});
    return tabs.find((tab) => tab.url === target)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`no tab for ${url}`);
  return id;
}

/** The `page-terms` answer of a tab's top frame, exactly as the popup gets it. */
export async function pageTermsOf(control: JourneyPage, url: string): Promise<PageTerm[]> {
  const tabId = await tabIdOf(control, url);
  const answer = await control.evaluate((id) => {
    const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
    return api.tabs.sendMessage(id, { type: 'page-terms' }, { frameId: 0 }) as Promise<{ terms: PageTerm[] }>;
  }, tabId);
  return answer.terms;
}

export async function setSettings(control: JourneyPage, change: Record<string, unknown>): Promise<void> {
  await control.evaluate(async (change) => {
    const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
    const { settings = {} } = await api.storage.local.get('settings');
    await api.storage.local.set({ settings: { ...(settings as object), ...change } });
  }, change);
}

export async function resetSettings(control: JourneyPage): Promise<void> {
  await control.evaluate(() => {
    const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
    return api.storage.local.remove('settings');
  }, null);
}

/** Ranges Repère registered with the CSS Custom Highlight API (the active one aside). */
export function highlightedRangeCount(page: JourneyPage): Promise<number> {
  return page.evaluate(() => {
    let total = 0;
    for (const [name, highlight] of CSS.highlights) if (name !== 'repere-active') total += highlight.size;
    return total;
  }, null);
}

/**
 * Scrolls the n-th occurrence of `text` into view and moves the pointer onto
 * its middle, coming from the left margin of the same line like a reader (a
 * start point lower down could sit under a card already open, which rightly
 * keeps that card).
 */
export async function hoverText(page: JourneyPage, text: string, occurrence = 0): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    ({ text, occurrence }) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        let index = node.textContent!.indexOf(text);
        while (index >= 0) {
          if (seen++ === occurrence) {
            node.parentElement!.scrollIntoView({ block: 'center' });
            const range = document.createRange();
            range.setStart(node, index);
            range.setEnd(node, index + text.length);
            const rect = range.getClientRects()[0]!;
            return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
          }
          index = node.textContent!.indexOf(text, index + 1);
        }
      }
      return null;
    },
    { text, occurrence },
  );
  if (!point) throw new Error(`"${text}" not found on the page`);
  await page.mouseMove(2, point.y);
  await page.mouseMove(point.x, point.y, 4);
  return point;
}

/** The open card's parts as text (read through its open shadow root), or null when no card is shown. */
export function cardText(page: JourneyPage): Promise<{ label: string; badge: string; status: string; sources: string } | null> {
  return page.evaluate(() => {
    const root = document.querySelector('repere-card')?.shadowRoot;
    const card = root?.querySelector('.card');
    if (!card) return null;
    // No named helper here: tsx would wrap it in a __name() call the page lacks.
    const [label, badge, status, sources] = ['.label', '.badge', '.status', '.sources'].map(
      (selector) => card.querySelector(selector)?.textContent?.trim() ?? '',
    );
    return { label: label!, badge: badge!, status: status!, sources: sources! };
  }, null);
}
