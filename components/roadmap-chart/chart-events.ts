import type { Lane, LaneMark } from '@/utils/timeline/roadmap-lanes';
import { markKey } from './ChartMark';

/** Where a mark sits, for its tooltip. */
export interface PlacedMark {
  mark: LaneMark;
  termId: string;
  x: number;
  y: number;
}

export interface ChartHandlers {
  onShow(placed: PlacedMark): void;
  onHide(): void;
  onPick(placed: PlacedMark): void;
  onSelectLane(termId: string): void;
}

/**
 * The chart's pointer and keyboard handling, attached once to the <svg>
 * instead of to each of its thousands of marks (a release ten times the
 * bundled one draws almost 4,000): events bubble up, and the element they
 * came from says which mark or lane they concern.
 */
export function chartEventHandlers(placed: Map<string, PlacedMark>, handlers: ChartHandlers) {
  const markOf = (event: Event) => {
    const key = (event.target as Element | null)?.closest?.('.mark[data-key]')?.getAttribute('data-key');
    return key ? placed.get(key) : undefined;
  };
  const laneOf = (event: Event) => (event.target as Element | null)?.closest?.('.lane')?.getAttribute('data-term') ?? undefined;
  const activate = (event: Event) => {
    const mark = markOf(event);
    if (mark) return handlers.onPick(mark);
    const lane = laneOf(event);
    if (lane) handlers.onSelectLane(lane);
  };
  const show = (event: Event) => {
    const mark = markOf(event);
    if (mark) handlers.onShow(mark);
  };
  const hide = (event: Event) => {
    if (markOf(event)) handlers.onHide();
  };
  // Lowercase "onfocusin": Preact keeps the case of event names it finds no
  // `on…` property for, and elements have no `onfocusin` property.
  return {
    onMouseOver: show,
    onfocusin: show,
    onMouseOut: hide,
    onfocusout: hide,
    onClick: activate,
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      const target = event.target as Element | null;
      if (!target?.closest?.('.mark[data-key], .lane-label')) return;
      event.preventDefault();
      activate(event);
    },
  };
}

/** Every mark's place, by its key, for the lanes drawn at `top` + index × `laneHeight`. */
export function placeMarks(
  lanes: readonly Lane[],
  x: (day: string) => number,
  { top, laneHeight }: { top: number; laneHeight: number },
): Map<string, PlacedMark> {
  const placed = new Map<string, PlacedMark>();
  lanes.forEach((lane, index) => {
    const y = top + index * laneHeight + laneHeight / 2;
    for (const mark of lane.marks) placed.set(markKey(lane.term.id, mark), { mark, termId: lane.term.id, x: x(mark.day), y });
  });
  return placed;
}
