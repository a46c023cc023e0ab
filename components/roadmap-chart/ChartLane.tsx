import type { Source } from '@/utils/dataset/schema';
import type { Language } from '@/utils/dates/format-date';
import { uiText } from '@/utils/i18n/ui-strings';
import { describeMark, markLabel } from '@/utils/timeline/describe-mark';
import type { Lane } from '@/utils/timeline/roadmap-lanes';
import { ChartMark } from './ChartMark';

/**
 * One programme's lane: a band across the chart (a click opens the
 * programme), its name as a button at the left, its marks in date order
 * (so Tab walks them in order). Clicks and keys are handled by the chart.
 */
export function ChartLane({
  lane,
  top,
  height,
  labelWidth,
  plotWidth,
  x,
  sources,
  language,
  highlighted,
}: {
  lane: Lane;
  top: number;
  height: number;
  labelWidth: number;
  plotWidth: number;
  x: (day: string) => number;
  sources: Map<string, Source>;
  language: Language;
  highlighted: boolean;
}) {
  const t = uiText(language);
  const count = lane.marks.length;
  const laneLabel = t(new Intl.PluralRules(language).select(count) === 'one' ? 'roadmap.laneOne' : 'roadmap.lane', { label: lane.term.label, count });
  const middle = top + height / 2;
  const plotX = (day: string) => labelWidth + x(day);
  return (
    <g class={`lane${highlighted ? ' highlighted' : ''}`} data-term={lane.term.id}>
      <rect class="lane-band" x={0} y={top} width={labelWidth + plotWidth} height={height} />
      <g class="lane-label" role="button" tabindex={0} aria-label={laneLabel}>
        <text x={8} y={middle} dominant-baseline="central">
          {lane.term.label.length > 22 ? `${lane.term.label.slice(0, 21)}…` : lane.term.label}
        </text>
      </g>
      {lane.marks.map((mark) => (
        <ChartMark
          key={mark.milestone.id}
          mark={mark}
          termId={lane.term.id}
          x={plotX}
          y={middle}
          label={markLabel(describeMark(mark, sources, language))}
        />
      ))}
    </g>
  );
}
