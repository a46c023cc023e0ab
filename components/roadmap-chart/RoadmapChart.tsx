import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Source } from '@/utils/dataset/schema';
import { formatPartialDate, type Language } from '@/utils/dates/format-date';
import { uiText } from '@/utils/i18n/ui-strings';
import { describeMark } from '@/utils/timeline/describe-mark';
import { yearSpan, type Lane, type LaneMark } from '@/utils/timeline/roadmap-lanes';
import { timeAxis, type Zoom } from '@/utils/timeline/roadmap-scale';
import { AXIS_HEIGHT, batchLanes, LABEL_WIDTH, LANE_HEIGHT, RIGHT_PADDING } from './chart-layout';
import { ChartLane } from './ChartLane';
import { chartEventHandlers, placeMarks, type PlacedMark } from './chart-events';
import './roadmap-chart.css';

export interface RoadmapChartProps {
  lanes: Lane[];
  sources: Map<string, Source>;
  language: Language;
  today: string;
  /** The date of the article the reader came from (a line of its own). */
  articleDate?: string;
  zoom: Zoom;
  /** The width the chart may take before it scrolls sideways. */
  availableWidth: number;
  highlightTerm?: string;
  onSelectLane: (termId: string) => void;
  onPickMark: (mark: LaneMark, termId: string) => void;
  /** Called once every lane is drawn. */
  onDrawn?: () => void;
  /** How the next batch of lanes is drawn later (a task of its own by default; tests may run it at once). */
  schedule?: (draw: () => void) => () => void;
}

const nextTask = (draw: () => void) => {
  const timer = setTimeout(draw, 0);
  return () => clearTimeout(timer);
};

/**
 * The full-page roadmap: one lane per programme over the years, a today
 * line and the article's date line, drawn as SVG with d3's scales (see
 * utils/timeline/roadmap-scale.ts). Lanes are drawn in batches, one task
 * each, and a batch once drawn is never redrawn (its elements are kept as
 * they are) when the tooltip or a later batch changes.
 */
export function RoadmapChart({
  lanes,
  sources,
  language,
  today,
  articleDate,
  zoom,
  availableWidth,
  highlightTerm,
  onSelectLane,
  onPickMark,
  onDrawn,
  schedule = nextTask,
}: RoadmapChartProps) {
  const t = uiText(language);
  const [shown, setShown] = useState<PlacedMark | null>(null);
  const callbacks = useRef({ onSelectLane, onPickMark, onDrawn });
  callbacks.current = { onSelectLane, onPickMark, onDrawn };

  const axis = useMemo(() => {
    const span = yearSpan(lanes, [today, ...(articleDate ? [articleDate] : [])]);
    return timeAxis({ ...span, zoom, availableWidth: availableWidth - LABEL_WIDTH - RIGHT_PADDING, language });
  }, [lanes, today, articleDate, zoom, availableWidth, language]);
  const batches = useMemo(() => batchLanes(lanes), [lanes]);
  // New lanes (another filter) start again; even the first batch gets a task
  // of its own, apart from the work that made the lanes.
  const [progress, setProgress] = useState({ batches, count: 0 });
  const drawnBatches = progress.batches === batches ? progress.count : 0;
  // A layout effect: the next batch is asked for as soon as this one is in
  // the document, in a task of its own, without waiting for a frame.
  useLayoutEffect(() => {
    if (drawnBatches < batches.length) return schedule(() => setProgress({ batches, count: drawnBatches + 1 }));
    callbacks.current.onDrawn?.();
    return undefined;
  }, [drawnBatches, batches]);

  const events = useMemo(
    () =>
      chartEventHandlers(placeMarks(lanes, (day) => LABEL_WIDTH + axis.x(day), { top: AXIS_HEIGHT, laneHeight: LANE_HEIGHT }), {
        onShow: (placed) => setShown(placed),
        onHide: () => setShown(null),
        onPick: (placed) => callbacks.current.onPickMark(placed.mark, placed.termId),
        onSelectLane: (termId) => callbacks.current.onSelectLane(termId),
      }),
    [lanes, axis],
  );

  // Each batch's elements, built once per layout: Preact skips a vnode it has already drawn.
  const batchNodes = useMemo(() => {
    let laneIndex = 0;
    return batches.map((batch, index) => (
      <g class="batch" key={index}>
        {batch.map((lane) => (
          <ChartLane
            key={lane.term.id}
            lane={lane}
            top={AXIS_HEIGHT + laneIndex++ * LANE_HEIGHT}
            height={LANE_HEIGHT}
            labelWidth={LABEL_WIDTH}
            plotWidth={axis.width}
            x={axis.x}
            sources={sources}
            language={language}
            highlighted={lane.term.id === highlightTerm}
          />
        ))}
      </g>
    ));
  }, [batches, axis, sources, language, highlightTerm]);

  const width = LABEL_WIDTH + axis.width + RIGHT_PADDING;
  const height = AXIS_HEIGHT + lanes.length * LANE_HEIGHT + 8;
  const plotX = (day: string) => LABEL_WIDTH + axis.x(day);
  const description = shown ? describeMark(shown.mark, sources, language) : null;
  return (
    <div class="roadmap-chart" style={{ height: `${height}px` }} aria-busy={drawnBatches < batches.length}>
      <svg
        xmlns="http://www.w3.org/2000/svg"
        class="chart"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="group"
        aria-label={t('roadmap.chart', { count: lanes.length })}
        {...events}
      >
        <g class="axis" aria-hidden="true">
          {axis.ticks.map((tick) => (
            <g key={tick.x} class={tick.major ? 'tick major' : 'tick'}>
              <line x1={LABEL_WIDTH + tick.x} x2={LABEL_WIDTH + tick.x} y1={AXIS_HEIGHT - 6} y2={height} />
              {tick.label && (
                <text x={LABEL_WIDTH + tick.x + 3} y={AXIS_HEIGHT - 10}>
                  {tick.label}
                </text>
              )}
            </g>
          ))}
        </g>
        {batchNodes.slice(0, drawnBatches)}
        <g class="now-line" aria-hidden="true">
          <line x1={plotX(today)} x2={plotX(today)} y1={AXIS_HEIGHT - 4} y2={height} />
          <text x={plotX(today) + 3} y={10}>
            {t('popup.today')}
          </text>
        </g>
        {articleDate && (
          <g class="article-line" aria-hidden="true">
            <line x1={plotX(articleDate)} x2={plotX(articleDate)} y1={AXIS_HEIGHT - 4} y2={height} />
            <text x={plotX(articleDate) - 3} y={10} text-anchor="end">
              {t('roadmap.article', { date: formatPartialDate(articleDate, language) })}
            </text>
          </g>
        )}
      </svg>
      {shown && description && (
        // The same words as the mark's accessible name: shown for the eye only.
        <div
          class="chart-tooltip"
          aria-hidden="true"
          style={{ left: `${Math.min(shown.x + 12, width - 280)}px`, top: `${shown.y + 10}px` }}
        >
          <strong>{description.title}</strong>
          <span>{description.when}</span>
          {description.slip && <span class="tooltip-slip">{description.slip}</span>}
          {description.source && <span class="muted">{description.source}</span>}
        </div>
      )}
    </div>
  );
}
