/** Sizes of the roadmap chart, in CSS pixels; one place so the chart, its tests and its export agree. */
export const LABEL_WIDTH = 168;
export const LANE_HEIGHT = 26;
export const AXIS_HEIGHT = 30;
export const RIGHT_PADDING = 16;
export const COMPACT = { labelWidth: 0, laneHeight: 30, axisHeight: 20, rightPadding: 8 } as const;

/**
 * Lanes are drawn a few at a time, one batch per task, so a release ten
 * times the bundled one never blocks the page for long: a batch holds at
 * most this many marks.
 */
const MARKS_PER_BATCH = 200;

/** Splits lanes into batches of about MARKS_PER_BATCH marks (a lane is never split). */
export function batchLanes<T extends { marks: readonly unknown[] }>(lanes: readonly T[], marksPerBatch = MARKS_PER_BATCH): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let marks = 0;
  for (const lane of lanes) {
    if (current.length > 0 && marks + lane.marks.length > marksPerBatch) {
      batches.push(current);
      current = [];
      marks = 0;
    }
    current.push(lane);
    marks += lane.marks.length;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
