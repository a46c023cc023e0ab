import { scaleUtc } from 'd3-scale';
import { utcMonth, utcYear } from 'd3-time';
import type { Language } from '../dates/format-date';

/**
 * The roadmap's time axis: d3-scale maps days to pixels and d3-time gives
 * the calendar's years and quarters for ticks. Two zooms: "year" fits the
 * whole span in the width given; "quarter" gives each quarter room for its
 * own tick, wider than the window (the page scrolls sideways).
 */
export type Zoom = 'year' | 'quarter';

interface AxisTick {
  x: number;
  label: string;
  /** A year boundary (drawn stronger than a quarter's). */
  major: boolean;
}

export interface TimeAxis {
  /** Pixel position of a day (YYYY-MM-DD) from the plot's left edge. */
  x(day: string): number;
  width: number;
  ticks: AxisTick[];
}

const dayAsDate = (day: string) => new Date(`${day}T00:00:00Z`);
const MIN_YEAR_WIDTH = 16;
const QUARTER_WIDTH = 56;

export function timeAxis({
  firstYear,
  lastYear,
  zoom,
  availableWidth,
  language,
}: {
  firstYear: number;
  lastYear: number;
  zoom: Zoom;
  availableWidth: number;
  language: Language;
}): TimeAxis {
  const start = new Date(Date.UTC(firstYear, 0, 1));
  const end = new Date(Date.UTC(lastYear + 1, 0, 1));
  const years = lastYear - firstYear + 1;
  const width = zoom === 'year' ? Math.max(availableWidth, years * MIN_YEAR_WIDTH) : years * 4 * QUARTER_WIDTH;
  const scale = scaleUtc().domain([start, end]).range([0, width]);
  const yearTicks = utcYear.range(start, end);
  // Past ~24 px a year, every year gets its label; otherwise every other or fifth.
  const yearStep = width / years >= 34 ? 1 : width / years >= 17 ? 2 : 5;
  const ticks: AxisTick[] =
    zoom === 'year'
      ? yearTicks.map((date) => ({
          x: scale(date),
          label: date.getUTCFullYear() % yearStep === 0 ? String(date.getUTCFullYear()) : '',
          major: true,
        }))
      : utcMonth.every(3)!.range(start, end).map((date) => {
          const quarter = date.getUTCMonth() / 3 + 1;
          const major = quarter === 1;
          const prefix = language === 'fr' ? 'T' : 'Q';
          return { x: scale(date), label: major ? `${date.getUTCFullYear()}` : `${prefix}${quarter}`, major };
        });
  return { x: (day) => scale(dayAsDate(day)), width, ticks };
}
