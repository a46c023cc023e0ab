import Dexie from 'dexie';
import type { RepereDatabase } from './repere-database';

/**
 * Stores `pieces` (see splitReleaseText) as the text of release `hash`,
 * replacing any earlier copy. Must run inside a transaction over
 * `releaseTexts`: each piece is written after the previous one is done,
 * which lets other work run in between without letting the transaction end.
 */
export async function writeReleaseText(db: RepereDatabase, hash: string, pieces: readonly string[]): Promise<void> {
  await piecesOf(db, hash).delete();
  for (const [piece, text] of pieces.entries()) await db.releaseTexts.add({ hash, piece, text });
}

/** The text of release `hash`, or null when none is stored. */
export async function readReleaseText(db: RepereDatabase, hash: string): Promise<string | null> {
  const pieces = await piecesOf(db, hash).toArray();
  return pieces.length === 0 ? null : pieces.map((piece) => piece.text).join('');
}

/** Deletes the texts of every release but those named. */
export async function deleteReleaseTextsExcept(db: RepereDatabase, kept: readonly string[]): Promise<void> {
  await db.releaseTexts.where('hash').noneOf(kept).delete();
}

function piecesOf(db: RepereDatabase, hash: string) {
  // The primary key orders the pieces: [hash, 0], [hash, 1], …
  return db.releaseTexts.where('[hash+piece]').between([hash, Dexie.minKey], [hash, Dexie.maxKey], true, true);
}
