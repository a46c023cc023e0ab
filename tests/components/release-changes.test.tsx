// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { LatestReleaseChanges } from '../../components/release-changes/LatestReleaseChanges';
import { ReleaseChanges } from '../../components/release-changes/ReleaseChanges';
import { openRepereDatabase } from '../../utils/adapters/storage/repere-database';
import type { ReleaseHistoryEntry } from '../../utils/dataset/dataset-status';
import { axeViolations } from '../support/axe';

const entry = (overrides: Partial<ReleaseHistoryEntry> = {}): ReleaseHistoryEntry => ({
  seq: 4,
  version: '2026.12.9',
  publishedAt: '2026-12-09T00:00:00Z',
  installedAt: '2026-12-10T08:00:00.000Z',
  origin: 'remote',
  notes: { fr: 'Revue de décembre <img src=x onerror="window.__pwned=1">', en: 'December review' },
  changes: {
    statusChanged: [{ id: 'ins', label: 'INS', from: 'deploying', to: 'mandatory', summary: { fr: 'Obligatoire depuis 2021.', en: 'Mandatory since 2021.' }, asOf: '2025-05-14' }],
    newTerms: [{ id: 'sas', label: 'SAS' }],
    newMilestones: [{ id: 'dmp-2027', date: '2027-01', title: { fr: 'Nouvelle étape du DMP', en: 'New DMP step' }, terms: ['dmp'] }],
    totals: { statusChanged: 1, newTerms: 1, newMilestones: 3 },
  },
  seen: false,
  ...overrides,
});

describe('ReleaseChanges', () => {
  it('tells what changed: old → new phase with the new sentence, new programmes, new milestones, the notes', async () => {
    const { container } = render(<ReleaseChanges entry={entry()} language="fr" />);
    expect(screen.getByRole('heading', { name: 'Nouveautés des données (2026.12.9)' })).toBeTruthy();
    expect(container.textContent).toContain('INS : en déploiement → obligatoire');
    expect(container.textContent).toContain('Obligatoire depuis 2021.');
    expect(container.textContent).toContain('Nouveaux programmes : SAS');
    expect(container.textContent).toContain('janvier 2027 — Nouvelle étape du DMP');
    // A list cut short says how many more there are.
    expect(container.textContent).toContain('… et 2 autre(s)');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows notes holding HTML as text', () => {
    const { container } = render(<ReleaseChanges entry={entry()} language="fr" />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('.release-notes')?.textContent).toContain('<img src=x');
  });

  it('in the popup, folds the lists behind one summary line', () => {
    const { container } = render(<ReleaseChanges entry={entry()} language="fr" collapsed />);
    const details = container.querySelector('details')!;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')?.textContent).toBe('1 statut(s) modifié(s), 1 nouveau(x) programme(s), 3 nouvelle(s) étape(s)');
    // Folded, not dropped: the notes and the lists are inside the disclosure.
    expect(details.textContent).toContain('INS : en déploiement → obligatoire');
    expect(details.textContent).toContain('Revue de décembre');
  });

  it('speaks English too', () => {
    const { container } = render(<ReleaseChanges entry={entry()} language="en" />);
    expect(container.textContent).toContain('INS: rolling out → mandatory');
    expect(container.textContent).toContain('December review');
  });
});

describe('LatestReleaseChanges (the popup notice)', () => {
  it('shows an unseen install once, marks it seen, and closes', async () => {
    const db = openRepereDatabase();
    await db.history.clear();
    const seq = await db.history.add(entry({ seq: undefined }));
    const marked: number[] = [];
    const markSeen = async (which: number) => {
      marked.push(which);
      await db.history.update(which, { seen: true });
    };
    const first = render(<LatestReleaseChanges language="fr" markSeen={markSeen} />);
    await waitFor(() => expect(screen.getByRole('heading', { name: /Nouveautés des données/ })).toBeTruthy());
    expect(marked).toEqual([seq]);
    // Still shown while this popup stays open, until closed.
    screen.getByRole('button', { name: 'Fermer' }).click();
    await waitFor(() => expect(screen.queryByRole('heading', { name: /Nouveautés/ })).toBeNull());
    first.unmount();
    // The next popup says nothing: it was seen.
    render(<LatestReleaseChanges language="fr" markSeen={markSeen} />);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('heading', { name: /Nouveautés/ })).toBeNull();
    expect(marked).toEqual([seq]);
  });

  it('says nothing after an install with no news (the first one)', async () => {
    const db = openRepereDatabase();
    await db.history.clear();
    // The bundled release has notes, but a new reader has seen nothing older.
    await db.history.add(entry({ seq: undefined, changes: undefined }));
    const marked: number[] = [];
    render(<LatestReleaseChanges language="fr" markSeen={async (seq) => void marked.push(seq)} />);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('heading')).toBeNull();
    expect(marked).toEqual([]);
  });
});
