// @vitest-environment happy-dom
import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { DatasetStatusPanel } from '../../components/dataset-status/DatasetStatusPanel';
import type { DatasetStatus } from '../../utils/dataset/dataset-status';
import { releaseErrorMessage } from '../../utils/dataset/release-error';
import { axeViolations } from '../support/axe';

const status = (sync: Partial<DatasetStatus['sync']>): DatasetStatus => ({
  current: { version: '2026.12.2', hash: 'sha256:x', publishedAt: '2026-12-02T00:00:00Z', origin: 'bundled', installedAt: '2026-12-02T08:00:00Z' },
  previous: null,
  sync: { key: 'sync', consecutiveFailures: 0, lastCheckAt: '2026-12-02T09:00:00Z', ...sync },
  history: [],
});

describe('DatasetStatusPanel', () => {
  it('points to the address field when none is configured, without sending the reader "to the options"', async () => {
    const { container } = render(
      <DatasetStatusPanel status={status({ lastOutcome: { at: '2026-12-02T09:00:00Z', code: 'no-url', message: releaseErrorMessage('no-url') } })} language="fr" />,
    );
    const link = screen.getByRole('link', { name: 'Saisir l’adresse des mises à jour' });
    expect(link.getAttribute('href')).toBe('options.html#update-url');
    expect(container.textContent).not.toMatch(/voir les options/);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('words a failure plainly and folds the technical detail under "détails"', async () => {
    const failure = { at: '2026-12-02T09:00:00Z', code: 'http-status', message: releaseErrorMessage('http-status'), detail: 'HTTP 503' };
    const { container } = render(<DatasetStatusPanel status={status({ lastOutcome: failure, lastFailure: failure, consecutiveFailures: 1 })} language="fr" />);
    expect(container.querySelector('.error')?.firstChild?.textContent).toBe('Le serveur a répondu par une erreur.');
    const details = container.querySelector('details')!;
    expect(details.querySelector('summary')?.textContent).toBe('détails');
    expect(details.textContent).toContain('HTTP 503');
    expect(details.open).toBe(false);
    // The same failure is not repeated as "last failure".
    expect(container.textContent).not.toContain('Dernier échec');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows a success in green and no old failure once it is cleared', () => {
    const { container } = render(
      <DatasetStatusPanel status={status({ lastOutcome: { at: '2026-12-02T10:00:00Z', code: 'ok', message: { fr: 'Le jeu de données est à jour.', en: 'Up to date.' } } })} language="fr" />,
    );
    expect(container.querySelector('.ok')?.textContent).toBe('Le jeu de données est à jour.');
    expect(container.querySelector('.error')).toBeNull();
  });
});
