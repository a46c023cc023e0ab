const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const FIRST_RETRY = 5 * MINUTE;

/**
 * When to check for a release next. After a success: the configured interval,
 * give or take 10 % so that many browsers do not ask the server at the same
 * instant. After failures: 5 min, 10 min, 20 min… doubling up to the interval,
 * with "equal jitter" (half fixed, half random).
 */
export function nextCheckDelay({
  consecutiveFailures,
  intervalHours,
  random,
}: {
  consecutiveFailures: number;
  intervalHours: number;
  random: number;
}): number {
  const interval = intervalHours * HOUR;
  if (consecutiveFailures <= 0) return Math.round(interval * (0.9 + 0.2 * random));
  const backoff = Math.min(interval, FIRST_RETRY * 2 ** Math.min(consecutiveFailures - 1, 20));
  return Math.round(backoff / 2 + (backoff / 2) * random);
}
