import { useState } from 'preact/hooks';
import { ActionFeedback, useAction } from '@/components/action-feedback/ActionFeedback';
import { DatasetStatusPanel } from '@/components/dataset-status/DatasetStatusPanel';
import { ReleaseHistory } from '@/components/release-history/ReleaseHistory';
import type { DatasetStatus } from '@/utils/dataset/dataset-status';
import type { Language } from '@/utils/dates/format-date';
import { uiText } from '@/utils/i18n/ui-strings';
import type { BackgroundRequest } from '@/utils/messaging/contract';

export interface DatasetActions {
  /** Asks the background for a change (check, rollback, reset, import); rejects with its refusal. */
  request: (request: BackgroundRequest) => Promise<unknown>;
  /** Saves the installed release's file (the download is the page's own). */
  exportDataset: () => Promise<void>;
}

/** A button with its own result beside it. */
function ActionButton({ label, disabled, language, action }: { label: string; disabled?: boolean; language: Language; action: () => Promise<unknown> }) {
  const [run, feedback] = useAction(language);
  return (
    <div class="action">
      <button type="button" disabled={disabled} onClick={() => void run(action)}>
        {label}
      </button>
      <ActionFeedback feedback={feedback} language={language} />
    </div>
  );
}

/** The installed dataset: its status, check, export, rollback, reset, import from a file, and the last installs. */
export function DatasetSection({ status, language, actions }: { status: DatasetStatus | undefined; language: Language; actions: DatasetActions }) {
  const t = uiText(language);
  const [releaseFile, setReleaseFile] = useState<File | null>(null);
  const [signatureFile, setSignatureFile] = useState<File | null>(null);
  const [runImport, importFeedback] = useAction(language);
  return (
    <section aria-labelledby="dataset-title">
      <h2 id="dataset-title">{t('options.dataset')}</h2>
      {status && <DatasetStatusPanel status={status} language={language} />}
      <div class="actions">
        <ActionButton label={t('popup.checkUpdates')} language={language} action={() => actions.request({ type: 'check-updates' })} />
        <ActionButton label={t('options.export')} language={language} action={actions.exportDataset} />
        <ActionButton label={t('options.rollback')} disabled={!status?.previous} language={language} action={() => actions.request({ type: 'rollback' })} />
        <ActionButton label={t('options.reset')} language={language} action={() => actions.request({ type: 'reset-to-bundled' })} />
      </div>
      <form
        class="stack"
        onSubmit={(event) => {
          event.preventDefault();
          if (!releaseFile) return;
          void runImport(async () =>
            actions.request({
              type: 'import-release',
              text: await releaseFile.text(),
              ...(signatureFile ? { signature: await signatureFile.text() } : {}),
            }),
          );
        }}
      >
        <h3>{t('options.import')}</h3>
        <label class="field">
          {t('options.importRelease')}
          <input type="file" name="releaseFile" accept="application/json,.json" onChange={(event) => setReleaseFile((event.target as HTMLInputElement).files?.[0] ?? null)} />
        </label>
        <label class="field">
          {t('options.importSignature')}
          <input type="file" name="signatureFile" accept=".sig,application/json" onChange={(event) => setSignatureFile((event.target as HTMLInputElement).files?.[0] ?? null)} />
        </label>
        <button type="submit" disabled={!releaseFile}>
          {t('options.importButton')}
        </button>
        <ActionFeedback feedback={importFeedback} language={language} />
      </form>
      {status && <ReleaseHistory history={status.history} language={language} />}
    </section>
  );
}
