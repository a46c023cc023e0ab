// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { OnThisPage } from '../../components/on-this-page/OnThisPage';
import { SearchResults } from '../../components/search-results/SearchResults';
import { SlipList } from '../../components/slips/SlipList';
import { Upcoming } from '../../components/upcoming/Upcoming';
import { ViewTabs } from '../../components/view-tabs/ViewTabs';
import { upcomingMilestones, slipsByDelay } from '../../utils/timeline/first-screen';
import { createRoadmapSearch } from '../../utils/timeline/roadmap-search';
import { axeViolations } from '../support/axe';
import { milestone } from '../unit/timeline/milestone-fixture';
import { MILESTONES, TERM_LABELS, TERMS, TODAY } from './roadmap-fixture';

describe('OnThisPage', () => {
  it('lists the tab’s programmes with their counts and reveals one in the frame that has it', async () => {
    const onReveal = vi.fn();
    const { container } = render(
      <OnThisPage
        state={{ kind: 'found', terms: [{ id: 'ins', count: 3, frameId: 0 }, { id: 'dmp', count: 1, frameId: 4 }] }}
        termLabels={TERM_LABELS}
        language="fr"
        onReveal={onReveal}
      />,
    );
    expect([...container.querySelectorAll('.chip')].map((chip) => chip.textContent)).toEqual(['INS 3', 'DMP 1']);
    fireEvent.click(screen.getByRole('button', { name: 'DMP 1' }));
    expect(onReveal).toHaveBeenCalledWith({ id: 'dmp', count: 1, frameId: 4 });
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says why it shows nothing', () => {
    const { container, rerender } = render(<OnThisPage state={{ kind: 'paused' }} termLabels={TERM_LABELS} language="en" onReveal={() => {}} />);
    expect(container.textContent).toContain('Repère is paused.');
    rerender(<OnThisPage state={{ kind: 'found', terms: [] }} termLabels={TERM_LABELS} language="fr" onReveal={() => {}} />);
    expect(container.textContent).toContain('Aucun programme repéré');
  });
});

describe('Upcoming and SlipList (the first screen)', () => {
  it('lists the coming steps with their programmes as buttons, and passes axe', async () => {
    const onSelectTerm = vi.fn();
    const { container } = render(
      <Upcoming milestones={upcomingMilestones(MILESTONES, TODAY)} language="fr" termLabels={TERM_LABELS} onSelectTerm={onSelectTerm} />,
    );
    expect(container.querySelector('.milestone-line time')?.textContent).toBe('T1 2027');
    fireEvent.click(screen.getByRole('button', { name: 'DMP' }));
    expect(onSelectTerm).toHaveBeenCalledWith('dmp');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says when nothing is coming', () => {
    const { container } = render(<Upcoming milestones={[]} language="en" termLabels={TERM_LABELS} onSelectTerm={() => {}} />);
    expect(container.textContent).toContain('No step planned in the next 12 months.');
  });

  it('shows each slip as promised → delivered with its delay, the largest first, the rest one click away', async () => {
    const steps = [
      ...MILESTONES,
      milestone({ id: 'pending', date: '2027-Q1', kind: 'planned', title: { fr: 'Attendu', en: 'Awaited' } }, '2022'),
      milestone({ id: 'small', date: '2021-10', title: { fr: 'Petit retard', en: 'Small slip' } }, '2021-07'),
    ];
    const { container } = render(
      <SlipList slips={slipsByDelay(steps, TODAY)} since={2020} language="fr" termLabels={TERM_LABELS} onSelectTerm={() => {}} firstShown={2} />,
    );
    const lines = [...container.querySelectorAll('.line-slip')].map((line) => line.textContent);
    expect(lines).toEqual([
      'promis pour 2022 → toujours attendu, prévu T1 2027 · 4 ans de retard',
      'promis pour T4 2023 → livré 27 février 2025 · 1 an et 2 mois de retard',
    ]);
    expect(await axeViolations(container)).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Voir les 1 autres retards' }));
    expect(container.querySelectorAll('.line-slip')).toHaveLength(3);
    expect(container.textContent).not.toContain('dmp-cancel');
  });
});

describe('SearchResults', () => {
  it('groups what the search found by programme, each group in date order', async () => {
    const groups = createRoadmapSearch(TERMS, MILESTONES).search('2027');
    const onSelectTerm = vi.fn();
    const { container } = render(<SearchResults groups={groups} language="fr" termLabels={TERM_LABELS} onSelectTerm={onSelectTerm} />);
    expect([...container.querySelectorAll('.result-group')].map((group) => group.getAttribute('data-term'))).toEqual(['dmp']);
    expect(container.querySelector('.line-title')?.textContent).toBe('Bascule prévue');
    fireEvent.click(screen.getByRole('button', { name: /DMP/ }));
    expect(onSelectTerm).toHaveBeenCalledWith('dmp');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows titles holding HTML as text, and says when nothing matches', () => {
    const groups = createRoadmapSearch(TERMS, MILESTONES).search('décret');
    const { container, rerender } = render(<SearchResults groups={groups} language="fr" termLabels={TERM_LABELS} onSelectTerm={() => {}} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)> décret');
    rerender(<SearchResults groups={[]} language="fr" termLabels={TERM_LABELS} onSelectTerm={() => {}} />);
    expect(container.textContent).toContain('Aucun résultat');
  });
});

describe('ViewTabs', () => {
  it('is one tab stop; arrow keys move between tabs', async () => {
    const onSelect = vi.fn();
    const { container } = render(
      <>
        <ViewTabs
          tabs={[
            { id: 'now', label: 'Maintenant' },
            { id: 'timeline', label: 'Chronologie' },
          ]}
          selected="now"
          onSelect={onSelect}
          label="Vues"
          prefix="test"
        />
        <div role="tabpanel" id="test-panel-now" aria-labelledby="test-tab-now" />
      </>,
    );
    const [now, timeline] = screen.getAllByRole('tab');
    expect(now!.getAttribute('aria-selected')).toBe('true');
    expect(timeline!.tabIndex).toBe(-1);
    fireEvent.keyDown(now!, { key: 'ArrowRight' });
    expect(onSelect).toHaveBeenCalledWith('timeline');
    fireEvent.keyDown(now!, { key: 'End' });
    expect(onSelect).toHaveBeenLastCalledWith('timeline');
    expect(await axeViolations(container)).toEqual([]);
  });
});
