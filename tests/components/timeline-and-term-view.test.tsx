// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { MarkDetail } from '../../components/mark-detail/MarkDetail';
import { ProgrammeLane } from '../../components/programme-lane/ProgrammeLane';
import { TermView } from '../../components/term-view/TermView';
import { Timeline } from '../../components/timeline/Timeline';
import { laneMark } from '../../utils/timeline/roadmap-lanes';
import { axeViolations } from '../support/axe';
import { MILESTONES, SOURCES, TERM_LABELS, TERMS, TODAY } from './roadmap-fixture';

const insMilestones = MILESTONES.filter((milestone) => milestone.terms.includes('ins'));

describe('Timeline', () => {
  it('puts "Aujourd’hui" under today’s year, not the next year’s, and passes axe', async () => {
    const { container } = render(
      <Timeline milestones={insMilestones} termLabels={TERM_LABELS} sources={SOURCES} language="fr" today={TODAY} onSelectTerm={() => {}} />,
    );
    const today = container.querySelector('.today')!;
    expect(today.closest('section')?.querySelector('h3')?.textContent).toBe('2026');
    expect([...container.querySelectorAll('.year h3')].map((heading) => heading.textContent)).toEqual(['2021', '2024', '2025', '2026', '2027']);
    expect(container.querySelectorAll('.milestone .source')).toHaveLength(insMilestones.length);
    expect(container.querySelector('img')).toBeNull();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('opens scrolled to today when asked, and jumps there on request', () => {
    const scrolled = vi.fn();
    Element.prototype.scrollIntoView = scrolled;
    render(
      <Timeline milestones={insMilestones} termLabels={TERM_LABELS} sources={SOURCES} language="en" today={TODAY} onSelectTerm={() => {}} openOnToday />,
    );
    expect(scrolled).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Jump to today' }));
    expect(scrolled).toHaveBeenCalledTimes(2);
    expect(document.activeElement?.className).toBe('today');
  });
});

describe('TermView with its lane', () => {
  it('draws the programme’s own lane above its list, a picture named for it, and passes axe', async () => {
    const onBack = vi.fn();
    const { container } = render(
      <TermView
        term={TERMS[0]!}
        milestones={insMilestones}
        termLabels={TERM_LABELS}
        sources={SOURCES}
        language="fr"
        today={TODAY}
        onSelectTerm={() => {}}
        onBack={onBack}
      />,
    );
    const lane = screen.getByRole('img', { name: 'Les étapes de INS sur une frise' });
    expect(lane.querySelectorAll('.mark')).toHaveLength(insMilestones.length);
    expect(lane.querySelectorAll('[tabindex]')).toHaveLength(0);
    // The lane comes before the list.
    expect(lane.compareDocumentPosition(container.querySelector('.timeline')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(container.querySelector('.today')?.closest('section')?.querySelector('h3')?.textContent).toBe('2026');
    fireEvent.click(screen.getByRole('button', { name: /Retour/ }));
    expect(onBack).toHaveBeenCalled();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('draws a programme with a single milestone known only to the year', () => {
    const single = [{ ...insMilestones[0]!, date: '2024' }];
    const { container } = render(<ProgrammeLane term={TERMS[0]!} milestones={single} language="en" today={TODAY} width={376} />);
    expect(container.querySelectorAll('.mark')).toHaveLength(1);
    expect(container.querySelector('.mark rect.span')).not.toBeNull();
  });
});

describe('MarkDetail', () => {
  it('says what a chosen step is, with its sources as links and its programmes as buttons', async () => {
    const onSelectTerm = vi.fn();
    const onClose = vi.fn();
    const slip = MILESTONES.find((milestone) => milestone.id === 'ins-slip')!;
    const { container } = render(
      <MarkDetail
        mark={laneMark(slip, TODAY)}
        sources={SOURCES}
        termLabels={TERM_LABELS}
        language="en"
        onSelectTerm={onSelectTerm}
        onClose={onClose}
      />,
    );
    expect(container.textContent).toContain('promised for Q4 2023 → delivered 27 February 2025 · 1 year 2 months late');
    expect(screen.getByRole('link', { name: 'ANS, 14 May 2025' }).getAttribute('href')).toBe('https://esante.gouv.fr/ins');
    fireEvent.click(screen.getByRole('button', { name: 'INS' }));
    expect(onSelectTerm).toHaveBeenCalledWith('ins');
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalled();
    expect(await axeViolations(container)).toEqual([]);
  });
});
