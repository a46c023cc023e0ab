// @vitest-environment happy-dom
import { act, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { ChartLegend } from '../../components/roadmap-chart/ChartLegend';
import { RoadmapChart } from '../../components/roadmap-chart/RoadmapChart';
import { batchLanes } from '../../components/roadmap-chart/chart-layout';
import { standaloneSvg } from '../../components/roadmap-chart/export-chart';
import { buildLanes } from '../../utils/timeline/roadmap-lanes';
import { inflateRelease } from '../../scripts/bench/inflate-release';
import { axeViolations } from '../support/axe';
import { MILESTONES, SOURCES, TERMS, TODAY } from './roadmap-fixture';

const lanes = buildLanes(TERMS, MILESTONES, TODAY);
const immediately = (draw: () => void) => {
  draw();
  return () => {};
};

function renderChart(overrides: Partial<Parameters<typeof RoadmapChart>[0]> = {}) {
  const onSelectLane = vi.fn();
  const onPickMark = vi.fn();
  const onDrawn = vi.fn();
  const view = render(
    <RoadmapChart
      lanes={lanes}
      sources={SOURCES}
      language="fr"
      today={TODAY}
      zoom="year"
      availableWidth={900}
      onSelectLane={onSelectLane}
      onPickMark={onPickMark}
      onDrawn={onDrawn}
      schedule={immediately}
      {...overrides}
    />,
  );
  return { ...view, onSelectLane, onPickMark, onDrawn };
}

describe('RoadmapChart', () => {
  it('draws one lane per programme, every mark a focusable button in date order, and passes axe', async () => {
    const { container, onDrawn } = renderChart({ articleDate: '2022-06-28' });
    await waitFor(() => expect(onDrawn).toHaveBeenCalled());
    expect([...container.querySelectorAll('.lane')].map((lane) => lane.getAttribute('data-term'))).toEqual(['ins', 'dmp']);
    const insMarks = [...container.querySelectorAll('.lane[data-term="ins"] .mark')].map((mark) => mark.getAttribute('data-milestone'));
    expect(insMarks).toEqual(['ins-2021', 'ins-html', 'ins-slip', 'dmp-next']);
    for (const mark of container.querySelectorAll('.mark')) expect(mark.getAttribute('tabindex')).toBe('0');
    expect(container.querySelector('.now-line')).not.toBeNull();
    expect(container.querySelector('.article-line text')?.textContent).toBe('Article du 28 juin 2022');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('draws done filled, planned hollow, cancelled as a cross, a slip as a dumbbell coloured by its delay', async () => {
    const { container } = renderChart();
    const mark = (id: string) => container.querySelector(`.lane[data-term="ins"] [data-milestone="${id}"], [data-milestone="${id}"]`)!;
    expect(mark('ins-2021').getAttribute('class')).toContain('kind-done');
    expect(mark('dmp-next').getAttribute('class')).toContain('kind-planned');
    expect(mark('dmp-cancel').querySelector('path.shape')).not.toBeNull();
    expect(mark('dmp-cancel').querySelector('.slip-line')).toBeNull();
    const slip = mark('ins-slip');
    expect(slip.getAttribute('class')).toContain('band-2');
    const line = slip.querySelector('.slip-line')!;
    expect(Number(line.getAttribute('x2'))).toBeGreaterThan(Number(line.getAttribute('x1')));
    // A year-only date shows its whole year as a band.
    expect(mark('ins-html').querySelector('rect.span')).not.toBeNull();
  });

  it('names each mark with its title, date, slip and source, and shows titles holding HTML as text', () => {
    renderChart();
    const slip = screen.getByRole('button', { name: /^Vague 2 lancée/ });
    expect(slip.getAttribute('aria-label')).toBe(
      'Vague 2 lancée — 27 février 2025 · réalisé — promis pour T4 2023 → livré 27 février 2025 · 1 an et 2 mois de retard — ANS, 14 mai 2025',
    );
    const hostile = screen.getAllByRole('button', { name: /onerror/ })[0]!;
    expect(hostile.querySelector('img')).toBeNull();
  });

  it('shows a tooltip on focus, picks a mark with Enter, opens a programme from its lane', () => {
    const { container, onPickMark, onSelectLane } = renderChart();
    const mark = screen.getByRole('button', { name: /^INS obligatoire/ });
    // As a browser does: focusin bubbles to the chart, which handles every mark.
    act(() => void mark.dispatchEvent(new FocusEvent('focusin', { bubbles: true })));
    expect(container.querySelector('.chart-tooltip')?.textContent).toContain('INS obligatoire');
    fireEvent.keyDown(mark, { key: 'Enter' });
    expect(onPickMark.mock.calls[0]![0].milestone.id).toBe('ins-2021');
    act(() => void mark.dispatchEvent(new FocusEvent('focusout', { bubbles: true })));
    expect(container.querySelector('.chart-tooltip')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'DMP : 2 étapes, voir la fiche' }));
    expect(onSelectLane).toHaveBeenCalledWith('dmp');
  });

  it('draws a large release in batches, one task each, until every lane is there', async () => {
    const pending: (() => void)[] = [];
    const later = (draw: () => void) => {
      pending.push(draw);
      return () => {};
    };
    const base = { schemaVersion: 2, version: '1', publishedAt: '2026-01-01T00:00:00Z', terms: TERMS, milestones: MILESTONES, sources: [...SOURCES.values()] };
    const big = await inflateRelease({ ...base, hash: '' } as never, 100, '2');
    const bigLanes = buildLanes(big.terms, big.milestones, TODAY);
    const batches = batchLanes(bigLanes);
    expect(batches.length).toBeGreaterThan(1);
    const { container, onDrawn } = renderChart({ lanes: bigLanes, schedule: later });
    // Not even the first batch is drawn in the task that made the lanes.
    expect(container.querySelectorAll('.lane')).toHaveLength(0);
    pending.shift()!();
    await waitFor(() => expect(container.querySelectorAll('.lane')).toHaveLength(batches[0]!.length));
    // Each batch is drawn only when the task it asked for runs.
    await waitFor(
      () => {
        pending.shift()?.();
        expect(onDrawn).toHaveBeenCalled();
      },
      { timeout: 5000 },
    );
    expect(container.querySelectorAll('.lane')).toHaveLength(bigLanes.length);
  });

  it('exports a standalone SVG: a title, a background, no tab stops', () => {
    const { container } = renderChart();
    const text = standaloneSvg(container.querySelector('svg')!, 'Feuille de route');
    const parsed = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(parsed.querySelector('parsererror')).toBeNull();
    expect(parsed.querySelector('title')?.textContent).toBe('Feuille de route');
    expect(parsed.querySelectorAll('[tabindex]')).toHaveLength(0);
    expect(parsed.querySelectorAll('[data-milestone]').length).toBe(container.querySelectorAll('.mark').length);
  });
});

describe('ChartLegend', () => {
  it('names every kind of mark and delay band, in both languages, and passes axe', async () => {
    const { container } = render(<ChartLegend language="fr" />);
    expect(container.textContent).toContain('réalisé');
    expect(container.textContent).toContain('plus de 2 ans');
    expect(await axeViolations(container)).toEqual([]);
    const english = render(<ChartLegend language="en" />);
    expect(english.container.textContent).toContain('over 2 years');
  });
});
