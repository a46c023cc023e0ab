import { useMemo } from 'preact/hooks';
import { watchInstalledRelease } from '@/utils/adapters/storage-reads/read-only-database';
import type { Milestone, Release, Source, Term } from '@/utils/dataset/schema';
import { comparePartialDates } from '@/utils/dates/partial-date';
import { useSubscription } from './use-subscription';

export interface InstalledDataset {
  terms: Term[];
  /** By date, then id: the timeline's order. */
  milestones: Milestone[];
  sources: Map<string, Source>;
}

function byDateThenId(a: Milestone, b: Milestone): number {
  return comparePartialDates(a.date, b.date) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The installed dataset, whole and of one version, updated live when the
 * background installs another. The text was verified before it was stored,
 * so it is parsed, not validated again; it is parsed once per release.
 */
export function useInstalledDataset(): InstalledDataset | undefined {
  const installed = useSubscription(watchInstalledRelease);
  const hash = installed?.release.hash;
  return useMemo(() => {
    if (!installed) return undefined;
    const release = JSON.parse(installed.json) as Release;
    return {
      terms: release.terms,
      milestones: [...release.milestones].sort(byDateThenId),
      sources: new Map(release.sources.map((source) => [source.id, source])),
    };
    // The hash names the content: a new result with the same hash is the same dataset.
  }, [hash]);
}
