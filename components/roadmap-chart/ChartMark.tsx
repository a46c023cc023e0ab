import type { LaneMark } from '@/utils/timeline/roadmap-lanes';

/** Names a mark on one lane (a milestone of two programmes is on two lanes). */
export const markKey = (termId: string, mark: LaneMark) => `${termId} ${mark.milestone.id}`;

/**
 * One milestone on a lane: its date's span as a faint band, the slip (if
 * any) as a dumbbell from the promised end to the delivery coloured by
 * delay, and the mark itself: filled when done, hollow when planned, a
 * diamond when announced, a cross when cancelled.
 */
export function ChartMark({
  mark,
  termId,
  x,
  y,
  label,
}: {
  mark: LaneMark;
  termId: string;
  x: (day: string) => number;
  y: number;
  /**
   * Accessible name: the mark is then a focusable button (its events are
   * handled once for the whole chart, see RoadmapChart). Absent in a drawing
   * that is only a picture.
   */
  label?: string;
}) {
  const cx = x(mark.day);
  const spanStart = x(mark.spanStart);
  const spanWidth = x(mark.spanEnd) - spanStart;
  return (
    <g
      class={`mark kind-${mark.kind}${mark.slip ? ` slip band-${mark.slip.band}` : ''}`}
      data-milestone={mark.milestone.id}
      {...(label !== undefined ? { role: 'button', tabindex: 0, 'aria-label': label, 'data-key': markKey(termId, mark) } : {})}
    >
      {spanWidth > 2 && <rect class="span" x={spanStart} y={y - 4} width={spanWidth} height={8} rx={4} />}
      {mark.slip && (
        <>
          <line class="slip-line" x1={x(mark.slip.promisedDay)} x2={x(mark.slip.deliveredDay)} y1={y} y2={y} />
          <circle class="promised-end" cx={x(mark.slip.promisedDay)} cy={y} r={3.5} />
        </>
      )}
      {mark.kind === 'cancelled' ? (
        <path class="shape" d={`M${cx - 4},${y - 4}L${cx + 4},${y + 4}M${cx - 4},${y + 4}L${cx + 4},${y - 4}`} />
      ) : mark.kind === 'announced' ? (
        <path class="shape" d={`M${cx},${y - 5}L${cx + 5},${y}L${cx},${y + 5}L${cx - 5},${y}Z`} />
      ) : (
        <circle class="shape" cx={cx} cy={y} r={5} />
      )}
    </g>
  );
}
