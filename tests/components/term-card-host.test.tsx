// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CardHost, type ShowCardOptions } from '../../components/term-card/card-host';
import { axeViolations } from '../support/axe';
import { cardModel } from './term-card-fixtures';

function pageWithTerm() {
  document.body.replaceChildren();
  const button = document.createElement('button');
  button.textContent = 'Lire la suite';
  const paragraph = document.createElement('p');
  paragraph.textContent = 'L’INS est obligatoire.';
  document.body.append(button, paragraph);
  const range = document.createRange();
  range.setStart(paragraph.firstChild!, 2);
  range.setEnd(paragraph.firstChild!, 5);
  return { button, range };
}

const shadow = () => document.querySelector('repere-card')!.shadowRoot!;
const card = () => shadow().querySelector('.card') as HTMLElement;

let host: CardHost | null = null;
afterEach(() => {
  host?.destroy();
  host = null;
});

async function open(options: Partial<ShowCardOptions> = {}) {
  const { button, range } = pageWithTerm();
  host = new CardHost(document);
  const onClose = vi.fn(() => host!.hide());
  const show = async (extra: Partial<ShowCardOptions> = {}) =>
    host!.show({
      model: await cardModel(),
      language: 'fr',
      anchor: range,
      focus: false,
      onClose,
      onOpenTimeline: () => {},
      ...options,
      ...extra,
    });
  return { button, range, onClose, show };
}

describe('CardHost', () => {
  it('is a labelled dialog in a shadow root, with a polite live summary', async () => {
    const { show } = await open();
    await show();
    expect(host!.isOpen).toBe(true);
    expect(host!.termId).toBe('ins');
    const dialog = card();
    expect(dialog.getAttribute('role')).toBe('dialog');
    expect(shadow().getElementById(dialog.getAttribute('aria-labelledby')!)?.textContent).toBe('INS');
    const live = shadow().querySelector('[role="status"]')!;
    expect(live.getAttribute('aria-live')).toBe('polite');
    expect(live.textContent).toBe('INS, obligatoire, au 14 mai 2025');
    expect(await axeViolations(shadow().querySelector('div:not(.live)')!)).toEqual([]);
  });

  it('announces the position when stepping: "3 sur 17"', async () => {
    const { show } = await open({ focus: true });
    await show({ position: { index: 3, total: 17 } });
    expect(shadow().querySelector('[role="status"]')!.textContent).toBe('3 sur 17 : INS, obligatoire, au 14 mai 2025');
    expect(shadow().querySelector('.position')?.textContent).toBe('3 sur 17');
  });

  it('takes focus when opened by keyboard; Esc closes it and gives focus back to where it was', async () => {
    const { button, show, onClose } = await open({ focus: true });
    button.focus();
    await show();
    expect(document.activeElement?.tagName).toBe('REPERE-CARD');
    expect(shadow().activeElement).toBe(card());
    card().dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(onClose).toHaveBeenCalledOnce();
    expect(document.querySelector('repere-card')).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('gives focus back to the page element it came from when the reader tabbed into a hover card', async () => {
    const { button, show } = await open();
    await show();
    button.focus();
    expect(document.activeElement).toBe(button);
    card().dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true, relatedTarget: button }));
    card().focus();
    card().dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(document.activeElement).toBe(button);
  });

  it('keeps the first place focus came from while stepping from card to card', async () => {
    const { button, show } = await open({ focus: true });
    button.focus();
    await show();
    await show({ position: { index: 2, total: 17 } });
    host!.hide();
    expect(document.activeElement).toBe(button);
  });

  it('does not pull focus back when a card closes without having had it', async () => {
    const { button, show } = await open();
    await show();
    const input = document.body.appendChild(document.createElement('input'));
    input.focus();
    host!.hide();
    expect(document.activeElement).toBe(input);
    expect(button).not.toBe(document.activeElement);
  });

  it('expands and collapses from a real button that keeps focus, and starts compact for another term', async () => {
    const { show } = await open({ focus: true });
    await show();
    const more = shadow().querySelector('button.more') as HTMLButtonElement;
    more.focus();
    more.click();
    expect(card().getAttribute('data-state')).toBe('expanded');
    expect(shadow().querySelector('button.more')).toBe(more);
    expect(more.getAttribute('aria-expanded')).toBe('true');
    expect(more.textContent).toBe('Réduire');
    expect(shadow().activeElement).toBe(more);
    expect(await axeViolations(shadow().querySelector('div:not(.live)')!)).toEqual([]);
    more.click();
    expect(card().getAttribute('data-state')).toBe('compact');
    more.click();
    await show({ model: await cardModel({ termId: 'dmp' }) });
    expect(card().getAttribute('data-state')).toBe('compact');
  });

  it('belongs to the card for hit tests, and is gone after destroy', async () => {
    const { show } = await open();
    await show();
    expect(host!.contains(document.querySelector('repere-card'))).toBe(true);
    expect(host!.contains(document.body)).toBe(false);
    host!.destroy();
    expect(document.querySelector('repere-card')).toBeNull();
    expect(host!.isOpen).toBe(false);
  });
});
