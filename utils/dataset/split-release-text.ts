/**
 * 128 K characters per piece: storing one piece holds the background's
 * thread for a few milliseconds on a slow machine, a whole 2 MB text for
 * over 100.
 */
const PIECE_LENGTH = 128 * 1024;

/** A release's text cut into the pieces it is stored in (at least one, even when empty). */
export function splitReleaseText(json: string): string[] {
  const pieces: string[] = [];
  for (let start = 0; start < json.length || start === 0; start += PIECE_LENGTH) pieces.push(json.slice(start, start + PIECE_LENGTH));
  return pieces;
}
