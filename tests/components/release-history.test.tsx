// @vitest-environment happy-dom
import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ReleaseHistory } from '../../components/release-history/ReleaseHistory';
import { axeViolations } from '../support/axe';

describe('ReleaseHistory', () => {
  it('lists the last installs, newest first, with their notes as text and what they changed', async () => {
    const { container } = render(
      <ReleaseHistory
        language="fr"
        history={[
          {
            seq: 2,
            version: '2026.12.9',
            publishedAt: '2026-12-09T00:00:00Z',
            installedAt: '2026-12-10T08:00:00.000Z',
            origin: 'remote',
            notes: { fr: 'Revue <b>décembre</b>', en: 'December' },
            changes: { statusChanged: [], newTerms: [{ id: 'sas', label: 'SAS' }], newMilestones: [], totals: { statusChanged: 0, newTerms: 1, newMilestones: 0 } },
            seen: true,
          },
          { seq: 1, version: '2026.12.2', publishedAt: '2026-12-02T00:00:00Z', installedAt: '2026-12-02T08:00:00.000Z', origin: 'bundled', seen: true },
        ]}
      />,
    );
    const items = [...container.querySelectorAll('li')];
    expect(items.map((item) => item.querySelector('p')?.textContent)).toEqual([
      expect.stringMatching(/^Version 2026\.12\.9 du 9 décembre 2026, installée le .+ \(mise à jour\)$/),
      expect.stringMatching(/^Version 2026\.12\.2 du 2 décembre 2026, installée le .+ \(intégrée\)$/),
    ]);
    expect(container.querySelector('b')).toBeNull();
    expect(items[0]?.textContent).toContain('Revue <b>décembre</b>');
    expect(items[0]?.textContent).toContain('0 statut(s) modifié(s), 1 nouveau(x) programme(s), 0 nouvelle(s) étape(s)');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says when nothing was installed yet', () => {
    const { container } = render(<ReleaseHistory history={[]} language="en" />);
    expect(container.textContent).toContain('No version installed yet.');
  });
});
