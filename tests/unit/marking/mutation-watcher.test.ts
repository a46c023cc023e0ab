// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BATCH_DELAY_MS, MutationWatcher, type MutationBatch } from '../../../utils/marking/mutation-watcher';
import { CARD_HOST_TAG, MARK_WRAPPER_TAG } from '../../../utils/marking/own-ui';
import { ManualClock } from '../../support/manual-clock';

let clock: ManualClock;
let batches: MutationBatch[];
let watcher: MutationWatcher;
let root: HTMLElement;

/** MutationObserver records are delivered in a microtask after the change. */
const recordsDelivered = () => Promise.resolve();

beforeEach(() => {
  clock = new ManualClock();
  batches = [];
  root = document.createElement('main');
  document.body.append(root);
  watcher = new MutationWatcher({ window, timers: clock, onBatch: (batch) => batches.push(batch) });
  watcher.observe(root);
});

afterEach(() => {
  watcher.disconnect();
  root.remove();
});

function paragraph(text: string): HTMLParagraphElement {
  const element = document.createElement('p');
  element.textContent = text;
  return element;
}

describe('MutationWatcher', () => {
  it('hands over added text one batch delay after the first change, not before', async () => {
    const added = paragraph('Le DMP arrive');
    root.append(added);
    await recordsDelivered();
    clock.advance(BATCH_DELAY_MS - 1);
    expect(batches).toHaveLength(0);
    clock.advance(1);
    expect(batches).toHaveLength(1);
    expect([...batches[0]!.added]).toEqual([added]);
    expect(batches[0]!.changed.size).toBe(0);
    expect(batches[0]!.removed).toBe(false);
  });

  it('gathers every change made within the delay into one batch, edited text and removals included', async () => {
    const first = paragraph('INS');
    root.append(first);
    await recordsDelivered();
    clock.advance(BATCH_DELAY_MS / 2);
    const second = paragraph('DMP');
    root.append(second);
    const text = first.firstChild as Text;
    text.data = 'INS et MSSanté';
    root.append(paragraph('temporaire'));
    root.lastChild!.remove();
    await recordsDelivered();
    clock.advance(BATCH_DELAY_MS / 2);
    expect(batches).toHaveLength(1);
    const [batch] = batches;
    expect(batch!.added.has(first) && batch!.added.has(second)).toBe(true);
    expect([...batch!.changed]).toEqual([text]);
    expect(batch!.removed).toBe(true);
  });

  it('starts a fresh batch after a flush: nothing handed over twice, nothing when nothing changed', async () => {
    root.append(paragraph('un'));
    await recordsDelivered();
    clock.advance(BATCH_DELAY_MS);
    const later = paragraph('deux');
    root.append(later);
    await recordsDelivered();
    clock.advance(BATCH_DELAY_MS);
    expect(batches).toHaveLength(2);
    expect([...batches[1]!.added]).toEqual([later]);
    clock.advance(100 * BATCH_DELAY_MS);
    expect(batches).toHaveLength(2);
    expect(clock.pendingTimeouts).toBe(0);
  });

  it('turns a storm of 10,000 changes in one second into ten batches that hold all of them', async () => {
    const added: Node[] = [];
    for (let millisecond = 0; millisecond < 1000; millisecond += 10) {
      for (let index = 0; index < 100; index++) added.push(root.appendChild(paragraph(`${millisecond}-${index}`)));
      await recordsDelivered();
      clock.advance(10);
    }
    expect(batches).toHaveLength(1000 / BATCH_DELAY_MS);
    const handedOver = batches.flatMap((batch) => [...batch.added]);
    expect(handedOver).toHaveLength(10_000);
    expect(new Set(handedOver)).toEqual(new Set(added));
  });

  it('never wakes up for Repère’s own card host or mark wrappers', async () => {
    const host = document.createElement(CARD_HOST_TAG);
    root.append(host);
    const wrapper = document.createElement(MARK_WRAPPER_TAG);
    root.append(wrapper);
    await recordsDelivered();
    host.append(paragraph('dans la carte'));
    wrapper.textContent = 'INS';
    await recordsDelivered();
    (wrapper.firstChild as Text).data = 'INS surligné';
    await recordsDelivered();
    expect(clock.pendingTimeouts).toBe(0);
    clock.advance(10 * BATCH_DELAY_MS);
    expect(batches).toHaveLength(0);
  });

  it('watches an open shadow root it is told to observe', async () => {
    const host = document.createElement('div');
    root.append(host);
    await recordsDelivered();
    clock.advance(BATCH_DELAY_MS);
    const shadow = host.attachShadow({ mode: 'open' });
    watcher.observe(shadow);
    const inside = paragraph('ROR');
    shadow.append(inside);
    await recordsDelivered();
    clock.advance(BATCH_DELAY_MS);
    expect(batches.at(-1)!.added.has(inside)).toBe(true);
  });

  it('drops what it collected and stops watching on disconnect, and can watch again', async () => {
    root.append(paragraph('avant'));
    await recordsDelivered();
    watcher.disconnect();
    expect(clock.pendingTimeouts).toBe(0);
    root.append(paragraph('pendant'));
    await recordsDelivered();
    clock.advance(10 * BATCH_DELAY_MS);
    expect(batches).toHaveLength(0);

    watcher.observe(root);
    const after = paragraph('après');
    root.append(after);
    await recordsDelivered();
    clock.advance(BATCH_DELAY_MS);
    expect(batches).toHaveLength(1);
    expect([...batches[0]!.added]).toEqual([after]);
  });
});
