// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Bootstrap } from '../../../entrypoints/content/bootstrap';
import type { PageSetup } from '../../../utils/messaging/contract';
import { DEFAULT_SETTINGS, contentSettingsOf } from '../../../utils/settings/settings';

/** A background whose answer to `page-setup` comes when the test says so. */
function slowBackground(): { answer(setup: PageSetup | Error): void } {
  let answer: (setup: PageSetup | Error) => void = () => undefined;
  const ready = new Promise<PageSetup | Error>((resolve) => (answer = resolve));
  fakeBrowser.runtime.onMessage.addListener(async (message: unknown) => {
    if ((message as { type?: string }).type !== 'page-setup') return undefined;
    const setup = await ready;
    return setup instanceof Error ? { ok: false, error: setup.message } : { ok: true, value: setup };
  });
  return { answer: (setup) => answer(setup) };
}

const inactiveSetup: PageSetup = {
  active: false,
  datasetHash: 'hash',
  prefilter: { patterns: [] },
  settings: contentSettingsOf(DEFAULT_SETTINGS),
};

describe('the content bootstrap', () => {
  beforeEach(() => fakeBrowser.reset());

  it('answers a question asked before the page’s setup came back once it has (not "nothing here" at once)', async () => {
    const background = slowBackground();
    const bootstrap = new Bootstrap({ window: window as unknown as Window & typeof globalThis, isValid: () => true });
    const started = bootstrap.start();
    let answered = false;
    const answer = bootstrap.answer({ type: 'page-terms' }).then((value) => {
      answered = true;
      return value;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(answered).toBe(false);
    background.answer(inactiveSetup);
    await started;
    expect(await answer).toEqual({ terms: [] });
    bootstrap.destroy();
  });

  it('still answers when the background could not give the setup', async () => {
    const background = slowBackground();
    const bootstrap = new Bootstrap({ window: window as unknown as Window & typeof globalThis, isValid: () => true });
    const started = bootstrap.start().catch((error: unknown) => error);
    const answer = bootstrap.answer({ type: 'step-term', direction: 'next' });
    background.answer(new Error('background restarting'));
    expect(await started).toBeInstanceOf(Error);
    expect(await answer).toEqual({ termId: null, position: 0, total: 0 });
  });
});
