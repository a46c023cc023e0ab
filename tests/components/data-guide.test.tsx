// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { DataGuide, type UpdateSettings } from '../../components/welcome/DataGuide';
import type { DatasetStatus } from '../../utils/dataset/dataset-status';
import { resolveLanguage } from '../../utils/i18n/resolve-language';
import { axeViolations } from '../support/axe';
import { contrastFailures, usePageStyles } from '../support/color-scheme';
import { WELCOME_PAGE_CSS } from '../support/welcome-styles';

const OPTIONS_URL = 'chrome-extension://id/options.html';
const BUNDLED: DatasetStatus = {
  current: { version: '2026.12.2', hash: 'h', publishedAt: '2026-12-02T08:00:00Z', origin: 'bundled', installedAt: '2026-12-02T09:00:00Z' },
  previous: null,
  sync: { key: 'sync', consecutiveFailures: 0 },
  history: [],
};
const NO_UPDATES: UpdateSettings = { updateUrl: '', autoUpdate: true, updateIntervalHours: 6 };
const UPDATES_ON: UpdateSettings = { updateUrl: 'https://releases.example.org/latest.json', autoUpdate: true, updateIntervalHours: 12 };

function updatesParagraph(container: Element): HTMLElement {
  return container.querySelector<HTMLElement>('.updates')!;
}

describe('DataGuide', () => {
  it('names the installed version and its date, and says plainly that updates are off without an address', () => {
    const { container } = render(<DataGuide status={BUNDLED} updates={NO_UPDATES} language="fr" optionsUrl={OPTIONS_URL} />);
    expect(container.querySelector('.dataset-version')!.textContent).toBe('Données 2026.12.2 du 2 décembre 2026, intégrées à l’extension.');
    const updates = updatesParagraph(container);
    expect(updates.dataset.updates).toBe('off');
    expect(updates.textContent).toMatch(/^Mises à jour des données : désactivées, car aucune adresse de mise à jour n’est configurée\./);
    expect(screen.getByRole('link', { name: 'Ouvrir les options' }).getAttribute('href')).toBe(OPTIONS_URL);
  });

  it('says where updates come from and how often when they are on', () => {
    const { container } = render(<DataGuide status={BUNDLED} updates={UPDATES_ON} language="en" optionsUrl={OPTIONS_URL} />);
    const updates = updatesParagraph(container);
    expect(updates.dataset.updates).toBe('on');
    expect(updates.textContent).toContain('Data updates: on. Repère checks https://releases.example.org/latest.json every 12 h');
  });

  it('says so when an address is set but automatic checks are off', () => {
    const { container } = render(<DataGuide status={BUNDLED} updates={{ ...UPDATES_ON, autoUpdate: false }} language="fr" optionsUrl={OPTIONS_URL} />);
    expect(updatesParagraph(container).dataset.updates).toBe('off');
    expect(updatesParagraph(container).textContent).toContain('vérification automatique désactivée. Adresse configurée : https://releases.example.org/latest.json');
  });

  it('counts an address of spaces as no address', () => {
    const { container } = render(<DataGuide status={BUNDLED} updates={{ ...UPDATES_ON, updateUrl: '   ' }} language="en" optionsUrl={OPTIONS_URL} />);
    expect(updatesParagraph(container).textContent).toMatch(/^Data updates: off, because no update address is set\./);
  });

  it('names where a downloaded release came from', () => {
    const remote: DatasetStatus = {
      ...BUNDLED,
      current: { ...BUNDLED.current!, version: '2027.1.1', publishedAt: '2027-01-05T00:00:00Z', origin: 'remote', originUrl: UPDATES_ON.updateUrl },
    };
    const { container } = render(<DataGuide status={remote} updates={UPDATES_ON} language="en" optionsUrl={OPTIONS_URL} />);
    expect(container.querySelector('.dataset-version')!.textContent).toBe(`Data 2027.1.1 of 5 January 2027, updated from ${UPDATES_ON.updateUrl}.`);
  });

  it('says it is reading until the database and the settings answer', () => {
    const { container } = render(<DataGuide status={undefined} updates={undefined} language="fr" optionsUrl={OPTIONS_URL} />);
    expect(container.querySelector('section')!.getAttribute('aria-busy')).toBe('true');
    expect(container.textContent).toContain('Lecture des données installées…');
    expect(container.querySelector('.updates')).toBeNull();
  });

  it('speaks English to a browser set to neither French nor English', () => {
    const { container } = render(<DataGuide status={BUNDLED} updates={NO_UPDATES} language={resolveLanguage('auto', ['pt-BR'])} optionsUrl={OPTIONS_URL} />);
    expect(container.querySelector('.dataset-version')!.textContent).toBe('Data 2026.12.2 of 2 December 2026, bundled with the extension.');
  });

  for (const scheme of ['light', 'dark'] as const) {
    for (const language of ['fr', 'en'] as const) {
      it(`is accessible and readable in ${scheme} mode, in ${language}, updates off or on`, async () => {
        usePageStyles(scheme, WELCOME_PAGE_CSS);
        for (const updates of [NO_UPDATES, UPDATES_ON]) {
          const { container } = render(<DataGuide status={BUNDLED} updates={updates} language={language} optionsUrl={OPTIONS_URL} />);
          expect(await axeViolations(container)).toEqual([]);
          expect(contrastFailures(container, scheme)).toEqual([]);
          cleanup();
        }
      });
    }
  }
});
