import { useEffect, useState } from 'preact/hooks';
import { useDatasetStatus } from '@/components/hooks/use-dataset-status';
import { askBackground } from '@/utils/adapters/messaging/send';
import type { ReleaseHistoryEntry } from '@/utils/dataset/dataset-status';
import type { Language } from '@/utils/dates/format-date';
import { hasNews, ReleaseChanges } from './ReleaseChanges';
import './release-changes.css';

/**
 * The popup's "what changed since the last release" notice: shown once,
 * after an install the reader has not seen yet. It is marked seen as soon
 * as it is shown (the background writes that), and stays until closed.
 */
export function LatestReleaseChanges({
  language,
  markSeen = (seq) => askBackground({ type: 'mark-changes-seen', seq }).then(() => undefined),
}: {
  language: Language;
  markSeen?: (seq: number) => Promise<void>;
}) {
  const latest = useDatasetStatus()?.history[0];
  const [shown, setShown] = useState<ReleaseHistoryEntry | null>(null);
  const [dismissed, setDismissed] = useState(false);
  useEffect(() => {
    if (!latest || latest.seen || latest.seq === undefined || shown?.seq === latest.seq || !hasNews(latest)) return;
    setShown(latest);
    setDismissed(false);
    void markSeen(latest.seq).catch((error: unknown) => console.error('[Repère] could not mark the changes seen', error));
  }, [latest?.seq, latest?.seen]);
  if (!shown || dismissed) return null;
  return <ReleaseChanges entry={shown} language={language} onDismiss={() => setDismissed(true)} collapsed />;
}
