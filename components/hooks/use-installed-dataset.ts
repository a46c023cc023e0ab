import { useLayoutEffect, useState } from 'preact/hooks';
import { watchInstalledRelease } from '@/utils/adapters/storage-reads/read-only-database';
import type { Milestone, Release, Source, Term } from '@/utils/dataset/schema';
import { earliestDay, latestDay } from '@/utils/dates/partial-date';

export interface InstalledDataset {
  terms: Term[];
  /** By date, then id: the timeline's order. */
  milestones: Milestone[];
  sources: Map<string, Source>;
}

/**
 * By date, then id. Each milestone's first and last day are worked out once
 * (not at every comparison): a release ten times the bundled one sorts in a
 * few milliseconds instead of tens.
 */
function sortedByDateThenId(milestones: readonly Milestone[]): Milestone[] {
  const keys = new Map(milestones.map((milestone) => [milestone, [earliestDay(milestone.date), latestDay(milestone.date)] as const]));
  return [...milestones].sort((a, b) => {
    const [aFirst, aLast] = keys.get(a)!;
    const [bFirst, bLast] = keys.get(b)!;
    if (aFirst !== bFirst) return aFirst < bFirst ? -1 : 1;
    // As comparePartialDates: on the same first day, the wider period first.
    if (aLast !== bLast) return aLast > bLast ? -1 : 1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

function parseInstalled(json: string): InstalledDataset {
  const release = JSON.parse(json) as Release;
  return {
    terms: release.terms,
    milestones: sortedByDateThenId(release.milestones),
    sources: new Map(release.sources.map((source) => [source.id, source])),
  };
}

/**
 * The installed dataset, whole and of one version, updated live when the
 * background installs another. The text was verified before it was stored,
 * so it is parsed, not validated again; it is parsed once per release (the
 * hash names the content). It is handed to the page in the task after the
 * one that parsed it: with a large release, parsing it and drawing it are
 * two tasks, never one long one.
 */
export function useInstalledDataset(): InstalledDataset | undefined {
  const [dataset, setDataset] = useState<InstalledDataset | undefined>(undefined);
  // A layout effect: the read starts with the first render, not a frame later.
  useLayoutEffect(() => {
    let parsedHash: string | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = watchInstalledRelease((installed) => {
      if (installed?.release.hash === parsedHash) return;
      parsedHash = installed?.release.hash;
      const parsed = installed ? parseInstalled(installed.json) : undefined;
      clearTimeout(timer);
      timer = setTimeout(() => setDataset(parsed), 0);
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, []);
  return dataset;
}
