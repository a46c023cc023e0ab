// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { ShortcutGuide } from '../../components/welcome/ShortcutGuide';
import { resolveLanguage } from '../../utils/i18n/resolve-language';
import { axeViolations } from '../support/axe';
import { contrastFailures, usePageStyles } from '../support/color-scheme';
import { WELCOME_PAGE_CSS } from '../support/welcome-styles';

const SETTINGS_URL = 'chrome://extensions/shortcuts';
const BOUND = [
  { name: 'next-term', shortcut: 'Alt+Shift+N' },
  { name: 'previous-term', shortcut: 'Alt+Shift+P' },
  { name: '_execute_action', shortcut: '' },
];

function keysOf(row: Element | null): string[] {
  return [...(row?.querySelectorAll('kbd') ?? [])].map((key) => key.textContent!);
}

describe('ShortcutGuide', () => {
  it('shows the keys the browser bound, each as keys, in French', () => {
    const { container } = render(<ShortcutGuide commands={BOUND} language="fr" shortcutSettingsUrl={SETTINGS_URL} onOpenShortcutSettings={() => {}} />);
    expect(screen.getByRole('heading', { name: 'Au clavier' })).toBeTruthy();
    expect(keysOf(container.querySelector('[data-command="next-term"]'))).toEqual(['Alt', 'Shift', 'N']);
    expect(keysOf(container.querySelector('[data-command="previous-term"]'))).toEqual(['Alt', 'Shift', 'P']);
    expect(container.querySelector('[data-command="next-term"] dd')!.textContent).toBe('Aller au terme marqué suivant et ouvrir sa fiche');
    // The toolbar action has no key here, but it is not one of the commands explained.
    expect(screen.queryByRole('note')).toBeNull();
    expect(screen.getByRole('link', { name: 'Ouvrir la page des raccourcis' }).getAttribute('href')).toBe(SETTINGS_URL);
  });

  it('shows a key changed by the person, as the browser reports it', () => {
    const { container } = render(
      <ShortcutGuide
        commands={[{ name: 'next-term', shortcut: 'Ctrl+Shift+Y' }, { name: 'previous-term', shortcut: '⌥⇧P' }]}
        language="en"
        shortcutSettingsUrl={SETTINGS_URL}
        onOpenShortcutSettings={() => {}}
      />,
    );
    expect(keysOf(container.querySelector('[data-command="next-term"]'))).toEqual(['Ctrl', 'Shift', 'Y']);
    expect(keysOf(container.querySelector('[data-command="previous-term"]'))).toEqual(['⌥⇧P']);
  });

  it('says plainly when a key is unbound and opens the shortcut settings from its link', () => {
    const open = vi.fn();
    const { container } = render(
      <ShortcutGuide commands={[{ name: 'next-term', shortcut: '' }, BOUND[1]!]} language="fr" shortcutSettingsUrl={SETTINGS_URL} onOpenShortcutSettings={open} />,
    );
    const row = container.querySelector('[data-command="next-term"]')!;
    expect(keysOf(row)).toEqual([]);
    expect(row.textContent).toContain('aucune touche attribuée');
    const note = screen.getByRole('note');
    expect(note.textContent).toContain('Un raccourci n’a pas de touche');
    const link = screen.getByRole('link', { name: 'Ouvrir la page des raccourcis' });
    expect(note.contains(link)).toBe(true);
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    link.dispatchEvent(click);
    expect(open).toHaveBeenCalledTimes(1);
    // The page itself may not follow a link to chrome://: the extension opens it.
    expect(click.defaultPrevented).toBe(true);
  });

  it('counts a command the browser does not report at all as unbound', () => {
    render(<ShortcutGuide commands={[BOUND[0]!]} language="en" shortcutSettingsUrl={SETTINGS_URL} onOpenShortcutSettings={() => {}} />);
    expect(screen.getByRole('note').textContent).toContain('A shortcut has no key.');
    expect(screen.getByText('no key assigned')).toBeTruthy();
  });

  it('says it is reading the keys until the browser answers', () => {
    const { container } = render(<ShortcutGuide commands={undefined} language="en" shortcutSettingsUrl={SETTINGS_URL} onOpenShortcutSettings={() => {}} />);
    expect(container.querySelector('section')!.getAttribute('aria-busy')).toBe('true');
    expect(container.textContent).toContain('Reading the shortcuts…');
  });

  it('speaks English to a browser set to neither French nor English', () => {
    const language = resolveLanguage('auto', ['de-DE', 'it']);
    const open = vi.fn();
    render(<ShortcutGuide commands={BOUND} language={language} shortcutSettingsUrl={SETTINGS_URL} onOpenShortcutSettings={open} />);
    expect(screen.getByRole('heading', { name: 'From the keyboard' })).toBeTruthy();
    fireEvent.click(screen.getByRole('link', { name: 'Open the shortcut settings' }));
    expect(open).toHaveBeenCalledTimes(1);
  });

  for (const scheme of ['light', 'dark'] as const) {
    for (const language of ['fr', 'en'] as const) {
      it(`is accessible and readable in ${scheme} mode, in ${language}, bound or not`, async () => {
        usePageStyles(scheme, WELCOME_PAGE_CSS);
        for (const commands of [BOUND, [{ name: 'next-term', shortcut: '' }]]) {
          const { container } = render(
            <ShortcutGuide commands={commands} language={language} shortcutSettingsUrl={SETTINGS_URL} onOpenShortcutSettings={() => {}} />,
          );
          expect(await axeViolations(container)).toEqual([]);
          expect(contrastFailures(container, scheme)).toEqual([]);
          cleanup();
        }
      });
    }
  }
});
