// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, it } from 'vitest';
import { DisplaySection } from '../../entrypoints/options/sections/DisplaySection';
import { SitesSection } from '../../entrypoints/options/sections/SitesSection';
import { UpdatesSection } from '../../entrypoints/options/sections/UpdatesSection';
import type { SaveSettings } from '../../entrypoints/options/sections/save-settings';
import { useSavedSettings } from '../../entrypoints/options/use-saved-settings';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../../utils/settings/settings';
import { axeViolations } from '../support/axe';

const VALID_KEY = 'Lw5ZLMm8b0Hq7mbDZNVMKcZo0cDQDG0eZ0fxexG/oAo=';

/** A section with settings held here and saved through `save`, as the background would write them. */
function Harness({ section: Section, initial = {}, saves }: { section: typeof DisplaySection; initial?: Partial<Settings>; saves: Partial<Settings>[] }) {
  const [settings, setSettings] = useState<Settings>(parseSettings({ ...DEFAULT_SETTINGS, ...initial }));
  const save: SaveSettings = async (change) => {
    saves.push(change);
    const next = parseSettings({ ...settings, ...change });
    setSettings(next);
    return next;
  };
  return <Section settings={settings} language="fr" save={save} />;
}

const type = (element: HTMLElement, value: string) => fireEvent.input(element, { target: { value } });

describe('DisplaySection', () => {
  it('saves a choice at once and says so beside it', async () => {
    const saves: Partial<Settings>[] = [];
    const { container } = render(<Harness section={DisplaySection} saves={saves} />);
    fireEvent.click(screen.getByLabelText('Surligné'));
    await waitFor(() => expect(saves).toEqual([{ markStyle: 'background' }]));
    await waitFor(() => expect(container.querySelector('section .feedback')?.textContent).toBe('Enregistré.'));
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('SitesSection', () => {
  it('refuses "not a site!!" as it is typed, with a visible message, and saves nothing', async () => {
    const saves: Partial<Settings>[] = [];
    const { container } = render(<Harness section={SitesSection} saves={saves} />);
    const field = screen.getByPlaceholderText('exemple.fr');
    type(field, 'not a site!!');
    const message = container.querySelector('#site-refusal') as HTMLElement;
    expect(message.hidden).toBe(false);
    expect(message.textContent).toMatch(/Site refusé/);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect((screen.getByRole('button', { name: 'Ajouter' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.submit(field.closest('form')!);
    expect(saves).toEqual([]);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('adds a site typed as an address, then refuses it a second time', async () => {
    const saves: Partial<Settings>[] = [];
    const { container } = render(<Harness section={SitesSection} saves={saves} />);
    const field = screen.getByPlaceholderText('exemple.fr');
    type(field, 'https://www.Example.org/article?id=3');
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter' }));
    await waitFor(() => expect(saves).toEqual([{ disabledSites: ['example.org'] }]));
    await waitFor(() => expect(container.querySelector('.feedback')?.textContent).toBe('example.org ajouté.'));
    type(field, 'example.org');
    expect(container.querySelector('#site-refusal')?.textContent).toBe('Ce site est déjà exclu.');
  });
});

describe('UpdatesSection', () => {
  it('refuses an http address as it is typed, and saves a good one with its feedback beside the field', async () => {
    const saves: Partial<Settings>[] = [];
    const { container } = render(<Harness section={UpdatesSection} saves={saves} />);
    const address = screen.getByLabelText('Adresse des mises à jour');
    type(address, 'http://example.org/latest.json');
    expect((container.querySelector('#url-refusal') as HTMLElement).hidden).toBe(false);
    expect((screen.getByRole('button', { name: 'Enregistrer' }) as HTMLButtonElement).disabled).toBe(true);
    type(address, 'https://example.org/repere/latest.json');
    expect((container.querySelector('#url-refusal') as HTMLElement).hidden).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(saves).toEqual([{ updateUrl: 'https://example.org/repere/latest.json' }]));
    // The confirmation sits in the address form, not under another control.
    await waitFor(() => expect(address.closest('form')?.querySelector('.feedback')?.textContent).toBe('Enregistré.'));
    expect(await axeViolations(container)).toEqual([]);
  });

  it.each(['0', '10000', '2.5', 'douze'])('refuses an interval of %s hours with a visible message', async (hours) => {
    const saves: Partial<Settings>[] = [];
    const { container } = render(<Harness section={UpdatesSection} saves={saves} />);
    const interval = screen.getByLabelText('Toutes les (heures)');
    type(interval, hours);
    fireEvent.change(interval, { target: { value: hours } });
    expect(container.querySelector('#interval-refusal')?.textContent).toMatch(/de 1 à 168/);
    expect(saves).toEqual([]);
  });

  it('saves an interval of 12 hours', async () => {
    const saves: Partial<Settings>[] = [];
    render(<Harness section={UpdatesSection} saves={saves} />);
    const interval = screen.getByLabelText('Toutes les (heures)');
    type(interval, '12');
    fireEvent.change(interval, { target: { value: '12' } });
    await waitFor(() => expect(saves).toEqual([{ updateIntervalHours: 12 }]));
  });

  it('accepts a key pasted over two lines with spaces, refuses "not-a-key", and lists what it saved', async () => {
    const saves: Partial<Settings>[] = [];
    const { container } = render(<Harness section={UpdatesSection} saves={saves} />);
    const field = screen.getByLabelText('Nouvelle clé');
    type(field, 'not-a-key');
    expect(container.querySelector('#key-refusal')?.textContent).toMatch(/Clé refusée/);
    expect((screen.getByRole('button', { name: 'Ajouter la clé' }) as HTMLButtonElement).disabled).toBe(true);
    type(field, ` ${VALID_KEY.slice(0, 20)}\n  ${VALID_KEY.slice(20)} `);
    expect((container.querySelector('#key-refusal') as HTMLElement).hidden).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter la clé' }));
    await waitFor(() => expect(saves).toEqual([{ trustedKeys: [VALID_KEY] }]));
    await waitFor(() => expect(screen.getByRole('button', { name: `Retirer la clé ${VALID_KEY}` })).toBeTruthy());
  });
});

describe('useSavedSettings (the options page’s settings)', () => {
  const stored = parseSettings({ autoUpdate: true });
  function Page({ save }: { save: SaveSettings }) {
    const [settings, saveShown] = useSavedSettings(stored, save);
    return <UpdatesSection settings={settings!} language="fr" save={saveShown} />;
  }

  it('shows a change at once, before the background has written it, and undoes a refused one', async () => {
    let finish: (() => void) | undefined;
    render(<Page save={() => new Promise((_resolve, reject) => (finish = () => reject(new Error('refused'))))} />);
    const box = screen.getByLabelText('Vérifier automatiquement') as HTMLInputElement;
    fireEvent.click(box);
    await waitFor(() => expect(box.checked).toBe(false));
    finish!();
    await waitFor(() => expect(box.checked).toBe(true));
  });
});
