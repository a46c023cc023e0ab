// @vitest-environment happy-dom
import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ChartLane } from '../../components/roadmap-chart/ChartLane';
import { ChartMark } from '../../components/roadmap-chart/ChartMark';
import type { Language } from '../../utils/dates/format-date';
import { buildLanes, laneMark, type Lane } from '../../utils/timeline/roadmap-lanes';
import { milestone, term } from '../unit/timeline/milestone-fixture';
import { axeViolations } from '../support/axe';
import { MILESTONES, SOURCES, TERMS, TODAY } from './roadmap-fixture';

/** One pixel per day from 1 January 2020: easy to check by hand. */
const EPOCH = Date.parse('2020-01-01T00:00:00Z');
const x = (day: string) => (Date.parse(`${day}T00:00:00Z`) - EPOCH) / 86_400_000;
const LABEL_WIDTH = 100;

function inSvg(children: preact.ComponentChildren) {
  return render(
    <svg role="group" aria-label="Feuille de route" width={3000} height={100}>
      {children}
    </svg>,
  );
}

function renderLane(lane: Lane, { language = 'fr' as Language, highlighted = false } = {}) {
  return inSvg(
    <ChartLane
      lane={lane}
      top={20}
      height={40}
      labelWidth={LABEL_WIDTH}
      plotWidth={2800}
      x={x}
      sources={SOURCES}
      language={language}
      highlighted={highlighted}
    />,
  );
}

const insLane = () => buildLanes(TERMS, MILESTONES, TODAY).find((lane) => lane.term.id === 'ins')!;

describe('ChartLane', () => {
  it('names the programme as a focusable button with its count of steps, and passes axe', async () => {
    const { container } = renderLane(insLane());
    const label = screen.getByRole('button', { name: 'INS : 4 étapes, voir la fiche' });
    expect(label.getAttribute('tabindex')).toBe('0');
    expect(label.textContent).toBe('INS');
    expect(container.querySelector('.lane')!.getAttribute('data-term')).toBe('ins');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('lays its marks on its middle line, after the label column, in date order, each named for a screen reader', () => {
    const { container } = renderLane(insLane());
    const marks = [...container.querySelectorAll('.mark')];
    expect(marks.map((mark) => mark.getAttribute('data-milestone'))).toEqual(['ins-2021', 'ins-html', 'ins-slip', 'dmp-next']);
    const first = marks[0]!.querySelector('circle.shape')!;
    // 2021-01-01 is day 366 from 2020-01-01; the lane's middle is 20 + 40 / 2.
    expect(Number(first.getAttribute('cx'))).toBe(LABEL_WIDTH + 366);
    expect(Number(first.getAttribute('cy'))).toBe(40);
    expect(marks[0]!.getAttribute('aria-label')).toBe('INS obligatoire — 1er janvier 2021 · réalisé — ANS, 14 mai 2025');
    // A milestone shared with another programme is on this lane too, named the same.
    expect(marks[3]!.getAttribute('aria-label')).toBe('Bascule prévue — T1 2027 · prévu — ANS, 14 mai 2025');
    expect(marks[3]!.getAttribute('data-key')).toBe('ins dmp-next');
  });

  it('shortens a long name on screen but says it whole, and marks the highlighted lane', () => {
    const long = 'Ségur du numérique en santé, vague 2';
    const lane: Lane = {
      term: term('segur', { label: long }),
      marks: ['2024-05-01', '2025-05-01'].map((date, index) =>
        laneMark(milestone({ id: `segur-${index}`, date, terms: ['segur'] }), TODAY),
      ),
    };
    const { container } = renderLane(lane, { highlighted: true });
    const label = screen.getByRole('button', { name: `${long} : 2 étapes, voir la fiche` });
    expect(label.textContent).toBe('Ségur du numérique en…');
    expect(container.querySelector('.lane')!.getAttribute('class')).toBe('lane highlighted');
  });

  it('names a lane of one step in the singular', () => {
    const lane: Lane = { term: term('dui'), marks: [laneMark(milestone({ id: 'dui-0', date: '2024-05-01', terms: ['dui'] }), TODAY)] };
    renderLane(lane);
    expect(screen.getByRole('button', { name: /^DUI : 1 étape, voir la fiche$/ })).toBeTruthy();
  });

  it('speaks English', () => {
    renderLane(insLane(), { language: 'en' });
    expect(screen.getByRole('button', { name: 'INS: 4 steps, open its page' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /^INS compulsory — 1 January 2021 · done/ })).toBeTruthy();
  });
});

describe('ChartMark', () => {
  const mark = (fields: Parameters<typeof milestone>[0], promised?: string) => laneMark(milestone(fields, promised), TODAY);

  it('draws a slip as a dumbbell from the end of the promised period to the delivery, and passes axe', async () => {
    // Promised for 2023-Q4 (ends 31 December 2023), delivered 27 February 2025.
    const slipped = mark({ id: 'late', date: '2025-02-27' }, '2023-Q4');
    const { container } = inSvg(<ChartMark mark={slipped} termId="ins" x={x} y={50} label="Vague 2 lancée" />);
    const group = screen.getByRole('button', { name: 'Vague 2 lancée' });
    expect(group.getAttribute('class')).toContain('slip');
    const line = container.querySelector('.slip-line')!;
    expect(Number(line.getAttribute('x1'))).toBe(x('2023-12-31'));
    expect(Number(line.getAttribute('x2'))).toBe(x('2025-02-27'));
    expect(Number(container.querySelector('.promised-end')!.getAttribute('cx'))).toBe(x('2023-12-31'));
    expect(Number(container.querySelector('circle.shape')!.getAttribute('cx'))).toBe(x('2025-02-27'));
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows a year-only date at mid-year with its whole year as a band; a day date has no band', () => {
    const { container } = inSvg(
      <>
        <ChartMark mark={mark({ id: 'year', date: '2024' })} termId="ins" x={x} y={50} label="Année" />
        <ChartMark mark={mark({ id: 'day', date: '2024-03-05' })} termId="ins" x={x} y={50} label="Jour" />
      </>,
    );
    const band = container.querySelector('[data-milestone="year"] rect.span')!;
    expect(Number(band.getAttribute('x'))).toBe(x('2024-01-01'));
    expect(Number(band.getAttribute('width'))).toBe(x('2024-12-31') - x('2024-01-01'));
    const centre = Number(container.querySelector('[data-milestone="year"] .shape')!.getAttribute('cx'));
    expect(centre).toBeGreaterThan(x('2024-06-15'));
    expect(centre).toBeLessThan(x('2024-07-15'));
    expect(container.querySelector('[data-milestone="day"] rect.span')).toBeNull();
    expect(container.querySelector('[data-milestone="day"] .slip-line')).toBeNull();
  });

  it('draws each kind with its own shape: a cross when cancelled, a diamond when announced, a disc otherwise', () => {
    const { container } = inSvg(
      <>
        <ChartMark mark={mark({ id: 'gone', date: '2024-03-05', kind: 'cancelled' }, '2023')} termId="ins" x={x} y={50} label="a" />
        <ChartMark mark={mark({ id: 'said', date: '2024-03-05', kind: 'announced' })} termId="ins" x={x} y={50} label="b" />
        <ChartMark mark={mark({ id: 'next', date: '2027-03-05', kind: 'planned' })} termId="ins" x={x} y={50} label="c" />
      </>,
    );
    const shape = (id: string) => container.querySelector(`[data-milestone="${id}"] .shape`)!;
    expect(shape('gone').tagName.toLowerCase()).toBe('path');
    // A cancelled step is never drawn as a slip, even with a promise past due.
    expect(container.querySelector('[data-milestone="gone"] .slip-line')).toBeNull();
    expect(shape('said').getAttribute('d')).toMatch(/Z$/);
    expect(shape('next').tagName.toLowerCase()).toBe('circle');
    expect(container.querySelector('[data-milestone="next"]')!.getAttribute('class')).toContain('kind-planned');
  });

  it('is only a picture without a label: no button, no tab stop', () => {
    const { container } = inSvg(<ChartMark mark={mark({ id: 'plain', date: '2024-03-05' })} termId="ins" x={x} y={50} />);
    const group = container.querySelector('[data-milestone="plain"]')!;
    expect(group.getAttribute('role')).toBeNull();
    expect(group.getAttribute('tabindex')).toBeNull();
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });
});
