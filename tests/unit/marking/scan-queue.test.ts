// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LARGE_TEXT_WINDOW, ScanQueue, type ScanReader } from '../../../utils/marking/scan-queue';

/**
 * A reader whose work costs clock time (one millisecond per node, five per
 * window of a huge node) and a page whose "give the thread back" is a
 * task the test runs by hand: slices are then checked against the clock
 * the queue reads, not a real one.
 */
let now: number;
let log: string[];
let readNodes: Text[];
let shadowRoots: ShadowRoot[];
let pageTasks: (() => void)[];
let root: HTMLElement;

const reader: ScanReader = {
  read(nodes) {
    readNodes.push(...nodes);
    now += nodes.length;
    log.push(`read ${nodes.length}`);
  },
  readWindow(_node, text, from, to) {
    now += 5;
    log.push(`window ${from}`);
    return Math.min(to, text.length);
  },
  onShadowRoot(shadowRoot) {
    shadowRoots.push(shadowRoot);
  },
};

const pageWindow = {
  setTimeout(handler: () => void) {
    log.push('yield');
    pageTasks.push(handler);
    return pageTasks.length;
  },
} as unknown as Window;

function newQueue() {
  return new ScanQueue({ window: pageWindow, reader, now: () => now });
}

/** Lets the page run its queued tasks until the drain is over. */
async function runPageUntil(done: Promise<void>) {
  let finished = false;
  void done.then(() => (finished = true));
  for (let turn = 0; turn < 10_000 && !finished; turn++) {
    await Promise.resolve();
    pageTasks.shift()?.();
  }
  await done;
}

function element(tag: string, ...children: (string | Node)[]): HTMLElement {
  const created = document.createElement(tag);
  created.append(...children);
  return created;
}

function paragraphs(count: number): HTMLElement {
  for (let index = 0; index < count; index++) {
    const element = document.createElement('p');
    element.textContent = `texte ${index}`;
    root.append(element);
  }
  return root;
}

beforeEach(() => {
  now = 0;
  log = [];
  readNodes = [];
  shadowRoots = [];
  pageTasks = [];
  root = document.createElement('main');
  document.body.append(root);
});

afterEach(() => root.remove());

describe('ScanQueue', () => {
  it('reads every text node of a queued root once, in document order, skipping scripts and styles', async () => {
    root.append(
      element('p', 'un ', element('b', 'deux')),
      element('script', 'code()'),
      element('style', 'p{}'),
      element('textarea', 'saisie'),
      element('p', 'trois'),
    );
    const queue = newQueue();
    queue.enqueue(root);
    await runPageUntil(queue.drain());
    expect(readNodes.map((node) => node.data)).toEqual(['un ', 'deux', 'trois']);
    expect(queue.hasWork).toBe(false);
  });

  it('gives the page the thread back at least every 8 ms of reading, until all is read', async () => {
    const queue = newQueue();
    queue.enqueue(paragraphs(1000));
    const yieldTimes: number[] = [];
    const drained = queue.drain();
    let finished = false;
    void drained.then(() => (finished = true));
    while (!finished) {
      await Promise.resolve();
      const task = pageTasks.shift();
      if (task) {
        yieldTimes.push(now);
        task();
      }
    }
    expect(readNodes).toHaveLength(1000);
    expect(new Set(readNodes).size).toBe(1000);
    // Reading is checked against the clock every so many nodes, so one check may run past 8 ms;
    // what matters is that the page gets turns all along, not once at the end.
    const gaps = yieldTimes.map((time, index) => time - (yieldTimes[index - 1] ?? 0));
    expect(yieldTimes.length).toBeGreaterThan(3);
    for (const gap of gaps) expect(gap).toBeLessThanOrEqual(8 + 128);
    expect(log.at(-1)).not.toBe('yield');
  });

  it('reads a huge text node one window at a time, with page turns between windows', async () => {
    const huge = document.createElement('p');
    huge.textContent = 'x'.repeat(LARGE_TEXT_WINDOW * 3 + 10);
    root.append(huge);
    const queue = newQueue();
    queue.enqueue(root);
    now = 0;
    await runPageUntil(queue.drain());
    const windows = log.filter((entry) => entry.startsWith('window'));
    expect(windows).toEqual([0, 1, 2, 3].map((index) => `window ${index * LARGE_TEXT_WINDOW}`));
    // Two windows cost 10 ms, more than a slice: the page gets a turn between them.
    expect(log.join(',')).toMatch(/window \d+,yield,window/);
    // The huge node is never handed over whole.
    expect(readNodes).toHaveLength(0);
  });

  it('stops reading a huge node that left the page', async () => {
    const huge = document.createElement('p');
    huge.textContent = 'x'.repeat(LARGE_TEXT_WINDOW * 200);
    root.append(huge);
    const queue = newQueue();
    queue.enqueue(root);
    const drained = queue.drain();
    // Let a few windows be read, then the page removes the node.
    for (let turn = 0; turn < 3; turn++) {
      await Promise.resolve();
      pageTasks.shift()?.();
    }
    huge.remove();
    await runPageUntil(drained);
    expect(log.filter((entry) => entry.startsWith('window')).length).toBeLessThan(200);
    expect(queue.hasWork).toBe(false);
  });

  it('runs one drain at a time and reads what is queued while it runs', async () => {
    const queue = newQueue();
    queue.enqueue(paragraphs(300));
    const first = queue.drain();
    expect(queue.drain()).toBe(first);
    const late = document.createElement('p');
    late.textContent = 'ajouté pendant la lecture';
    document.body.append(late);
    queue.enqueue(late);
    await runPageUntil(first);
    expect(readNodes.at(-1)?.data).toBe('ajouté pendant la lecture');
    expect(readNodes).toHaveLength(301);
    late.remove();
  });

  it('idle() waits for the drain under way, and returns at once when nothing is read', async () => {
    const queue = newQueue();
    await queue.idle();
    queue.enqueue(paragraphs(500));
    void queue.drain();
    let idle = false;
    const waiting = queue.idle().then(() => (idle = true));
    await Promise.resolve();
    expect(idle).toBe(false);
    await runPageUntil(waiting.then(() => undefined));
    expect(readNodes).toHaveLength(500);
  });

  it('clear() drops what is queued; destroy() stops a drain after its slice and for good', async () => {
    const cleared = newQueue();
    cleared.enqueue(paragraphs(10));
    cleared.clear();
    expect(cleared.hasWork).toBe(false);
    await runPageUntil(cleared.drain());
    expect(readNodes).toHaveLength(0);

    const destroyed = newQueue();
    destroyed.enqueue(paragraphs(1000));
    const drained = destroyed.drain();
    const readInFirstSlice = readNodes.length;
    expect(readInFirstSlice).toBeGreaterThan(0);
    expect(readInFirstSlice).toBeLessThan(1000);
    destroyed.destroy();
    await runPageUntil(drained);
    expect(readNodes).toHaveLength(readInFirstSlice);
    destroyed.enqueue(root);
    await runPageUntil(destroyed.drain());
    expect(readNodes).toHaveLength(readInFirstSlice);
  });

  it('tells the reader about the open shadow roots it meets', async () => {
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append(element('p', 'dans l’ombre'));
    root.append(host);
    const queue = newQueue();
    queue.enqueue(root);
    await runPageUntil(queue.drain());
    expect(shadowRoots).toEqual([shadow]);
  });

  it('with wholeRoots, reads each queued root in one batch of its own, however many nodes it has (a PDF page’s lines)', async () => {
    const queue = new ScanQueue({ window: pageWindow, reader, now: () => now, wholeRoots: true });
    const page = (lines: number) => element('div', ...Array.from({ length: lines }, (_, index) => element('span', `ligne ${index}`)));
    const [first, second] = [page(300), page(5)];
    root.append(first, second);
    queue.enqueue(first);
    queue.enqueue(second);
    await runPageUntil(queue.drain());
    expect(log.filter((entry) => entry.startsWith('read'))).toEqual(['read 300', 'read 5']);
    // Without it, batches of 128 nodes run across the two pages.
    log = [];
    const mixed = newQueue();
    mixed.enqueue(first);
    mixed.enqueue(second);
    await runPageUntil(mixed.drain());
    expect(log.filter((entry) => entry.startsWith('read'))).toEqual(['read 128', 'read 128', 'read 49']);
  });
});
