// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { DatasetSection } from '../../entrypoints/options/sections/DatasetSection';
import { MessageError } from '../../utils/adapters/messaging/send';
import type { DatasetStatus } from '../../utils/dataset/dataset-status';
import type { BackgroundRequest } from '../../utils/messaging/contract';
import { axeViolations } from '../support/axe';

const status: DatasetStatus = {
  current: { version: '2026.12.9', hash: 'sha256:b', publishedAt: '2026-12-09T00:00:00Z', origin: 'remote', originUrl: 'https://example.org/latest.json', installedAt: '2026-12-10T08:00:00Z' },
  previous: { version: '2026.12.2', hash: 'sha256:a', publishedAt: '2026-12-02T00:00:00Z', origin: 'bundled', installedAt: '2026-12-02T08:00:00Z' },
  sync: { key: 'sync', consecutiveFailures: 0 },
  history: [{ seq: 1, version: '2026.12.9', publishedAt: '2026-12-09T00:00:00Z', installedAt: '2026-12-10T08:00:00Z', origin: 'remote', notes: { fr: 'Revue de décembre', en: 'December review' }, seen: true }],
};

describe('DatasetSection', () => {
  it('puts each action’s result beside its own button', async () => {
    const asked: BackgroundRequest['type'][] = [];
    const request = async (message: BackgroundRequest) => {
      asked.push(message.type);
      if (message.type === 'check-updates') throw new MessageError('No update address is configured.', 'no-url');
      return status;
    };
    const { container } = render(<DatasetSection status={status} language="fr" actions={{ request, exportDataset: async () => undefined }} />);
    const check = screen.getByRole('button', { name: 'Vérifier les mises à jour' });
    const rollback = screen.getByRole('button', { name: 'Revenir à la version précédente' });
    fireEvent.click(check);
    await waitFor(() => expect(check.parentElement?.querySelector('.feedback')?.textContent).toContain('Aucune adresse de mise à jour n’est configurée.'));
    expect(rollback.parentElement?.querySelector('.feedback')?.textContent).toBe('');
    fireEvent.click(rollback);
    await waitFor(() => expect(rollback.parentElement?.querySelector('.feedback')?.textContent).toBe('Fait.'));
    expect(asked).toEqual(['check-updates', 'rollback']);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('keeps the history of the last releases with their notes', () => {
    const { container } = render(<DatasetSection status={status} language="fr" actions={{ request: async () => status, exportDataset: async () => undefined }} />);
    expect(container.querySelector('.release-history')?.textContent).toContain('Revue de décembre');
  });

  it('offers no rollback when no previous version is kept', () => {
    render(<DatasetSection status={{ ...status, previous: null }} language="fr" actions={{ request: async () => status, exportDataset: async () => undefined }} />);
    expect((screen.getByRole('button', { name: 'Revenir à la version précédente' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
