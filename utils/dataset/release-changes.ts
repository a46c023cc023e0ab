import type { Phase, Release } from './schema';

type Localized = { fr: string; en: string };

/** What a reader is told changed between the release they had and the one installed. */
export interface ReleaseChanges {
  /** Programmes whose status changed: old → new phase, and the new sentence. */
  statusChanged: { id: string; label: string; from: Phase; to: Phase; summary: Localized; asOf: string }[];
  newTerms: { id: string; label: string }[];
  newMilestones: { id: string; date: string; title: Localized; terms: string[] }[];
  /** How many of each there are: the lists above stop at LISTED (a reader reads a few, not thousands). */
  totals: { statusChanged: number; newTerms: number; newMilestones: number };
}

export const LISTED = { statusChanged: 200, newTerms: 50, newMilestones: 50 } as const;

/**
 * Compares two releases as a reader would: a status changed when its phase
 * or its sentence did (a new review date alone is no news); a programme or
 * milestone is new when its id was not in the old release.
 */
export function diffReleases(before: Pick<Release, 'terms' | 'milestones'>, after: Pick<Release, 'terms' | 'milestones'>): ReleaseChanges {
  const oldTerms = new Map(before.terms.map((term) => [term.id, term]));
  const oldMilestones = new Set(before.milestones.map((milestone) => milestone.id));
  const changes: Omit<ReleaseChanges, 'totals'> = { statusChanged: [], newTerms: [], newMilestones: [] };
  for (const term of after.terms) {
    const old = oldTerms.get(term.id);
    if (!old) {
      changes.newTerms.push({ id: term.id, label: term.label });
      continue;
    }
    const { phase, summary, asOf } = term.status;
    if (old.status.phase !== phase || old.status.summary.fr !== summary.fr || old.status.summary.en !== summary.en) {
      changes.statusChanged.push({ id: term.id, label: term.label, from: old.status.phase, to: phase, summary, asOf });
    }
  }
  for (const { id, date, title, terms } of after.milestones) {
    if (!oldMilestones.has(id)) changes.newMilestones.push({ id, date, title, terms });
  }
  return {
    statusChanged: changes.statusChanged.slice(0, LISTED.statusChanged),
    newTerms: changes.newTerms.slice(0, LISTED.newTerms),
    newMilestones: changes.newMilestones.slice(0, LISTED.newMilestones),
    totals: { statusChanged: changes.statusChanged.length, newTerms: changes.newTerms.length, newMilestones: changes.newMilestones.length },
  };
}

export function hasChanges(changes: ReleaseChanges): boolean {
  const { statusChanged, newTerms, newMilestones } = changes.totals;
  return statusChanged + newTerms + newMilestones > 0;
}

/**
 * Whether term `termId`'s status changed in an install after `since` (ISO
 * time), and when the latest such install happened: what a card needs to
 * say "mis à jour le …" about what the reader last saw. `history` is the
 * options page's release history (newest first).
 */
export function statusChangedSince(
  history: readonly { installedAt: string; changes?: ReleaseChanges }[],
  termId: string,
  since: string,
): string | null {
  for (const entry of history) {
    if (entry.installedAt <= since) break;
    if (entry.changes?.statusChanged.some((change) => change.id === termId)) return entry.installedAt;
  }
  return null;
}
