import { useMemo } from 'preact/hooks';
import type { Milestone, Term } from '@/utils/dataset/schema';
import type { Language } from '@/utils/dates/format-date';
import { uiText } from '@/utils/i18n/ui-strings';
import { buildLanes, yearSpan } from '@/utils/timeline/roadmap-lanes';
import { timeAxis } from '@/utils/timeline/roadmap-scale';
import { COMPACT } from '../roadmap-chart/chart-layout';
import { ChartMark } from '../roadmap-chart/ChartMark';
import '../roadmap-chart/roadmap-chart.css';

/**
 * One programme's lane drawn small (the term view, above its list of
 * steps): the same marks as the roadmap page, a picture only, since the
 * list below says everything in words.
 */
export function ProgrammeLane({
  term,
  milestones,
  language,
  today,
  width,
}: {
  term: Term;
  milestones: Milestone[];
  language: Language;
  today: string;
  width: number;
}) {
  const t = uiText(language);
  const lane = useMemo(() => buildLanes([term], milestones, today)[0], [term, milestones, today]);
  if (!lane) return null;
  const plotWidth = width - COMPACT.rightPadding * 2;
  const axis = timeAxis({ ...yearSpan([lane], [today]), zoom: 'year', availableWidth: plotWidth, language });
  const x = (day: string) => COMPACT.rightPadding + axis.x(day);
  const middle = COMPACT.axisHeight + COMPACT.laneHeight / 2;
  const height = COMPACT.axisHeight + COMPACT.laneHeight;
  const total = axis.width + COMPACT.rightPadding * 2;
  return (
    <div class="roadmap-chart programme-lane">
      <svg width={total} height={height} viewBox={`0 0 ${total} ${height}`} role="img" aria-label={t('termView.lane', { label: term.label })}>
        {axis.ticks.map((tick) => (
          <g key={tick.x} class="tick major">
            <line x1={COMPACT.rightPadding + tick.x} x2={COMPACT.rightPadding + tick.x} y1={COMPACT.axisHeight - 4} y2={height} />
            {tick.label && (
              <text x={COMPACT.rightPadding + tick.x + 2} y={COMPACT.axisHeight - 7}>
                {tick.label}
              </text>
            )}
          </g>
        ))}
        <g class="now-line">
          <line x1={x(today)} x2={x(today)} y1={COMPACT.axisHeight - 4} y2={height} />
        </g>
        {lane.marks.map((mark) => (
          <ChartMark key={mark.milestone.id} mark={mark} termId={term.id} x={x} y={middle} />
        ))}
      </svg>
    </div>
  );
}
