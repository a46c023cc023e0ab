import { useState } from 'preact/hooks';
import type { Language } from '@/utils/dates/format-date';
import { describeFailure, type FailureText } from '@/utils/i18n/describe-failure';
import { updateText } from '@/utils/i18n/update-strings';
import { UPDATE_ADDRESS_FIELD } from '../dataset-status/DatasetStatusPanel';

export type Feedback = { kind: 'ok'; text: string } | ({ kind: 'error' } & FailureText) | null;

/**
 * The result of one control, shown right beside it: a short confirmation,
 * or the failure in plain words with the technical detail folded under
 * "détails". A live region, so a screen reader hears it too.
 */
export function ActionFeedback({ feedback, language }: { feedback: Feedback; language: Language }) {
  const t = updateText(language);
  return (
    <div class="feedback" role="status" aria-live="polite">
      {feedback?.kind === 'ok' && <p class="ok">{feedback.text}</p>}
      {feedback?.kind === 'error' && (
        <div class="error">
          <p>
            {feedback.message}
            {feedback.code === 'no-url' && (
              <>
                {' '}
                <a href={UPDATE_ADDRESS_FIELD}>{t('status.setAddress')}</a>
              </>
            )}
          </p>
          {feedback.detail && (
            <details>
              <summary>{t('feedback.details')}</summary>
              <code>{feedback.detail}</code>
            </details>
          )}
        </div>
      )}
    </div>
  );
}

/**
 * One control group's action and its feedback: `run` clears the last
 * result, waits for the action, then says "done" (or `okText`) or why not.
 */
export function useAction(language: Language): [run: (action: () => Promise<unknown>, okText?: string) => Promise<void>, feedback: Feedback] {
  const [feedback, setFeedback] = useState<Feedback>(null);
  const run = async (action: () => Promise<unknown>, okText = updateText(language)('feedback.done')) => {
    setFeedback(null);
    try {
      await action();
      setFeedback({ kind: 'ok', text: okText });
    } catch (error) {
      setFeedback({ kind: 'error', ...describeFailure(error, language) });
    }
  };
  return [run, feedback];
}
