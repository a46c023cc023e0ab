/**
 * Compares dotted numeric dataset versions ("2026.11.23" < "2026.11.23.1" <
 * "2026.12.1"): negative, zero or positive like a sort comparator.
 */
export function compareVersions(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}
