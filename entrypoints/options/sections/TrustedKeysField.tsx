import { useState } from 'preact/hooks';
import { ActionFeedback, useAction } from '@/components/action-feedback/ActionFeedback';
import type { Language } from '@/utils/dates/format-date';
import { updateText } from '@/utils/i18n/update-strings';
import { readTrustedKey } from '@/utils/settings/setting-inputs';
import type { Settings } from '@/utils/settings/settings';
import type { SaveSettings } from './save-settings';

/**
 * The keys whose signatures this browser trusts, beside the build's own: a
 * list, and a field for one more, checked as it is typed (a key pasted over
 * two lines or with spaces is read without them).
 */
export function TrustedKeysField({ settings, language, save }: { settings: Settings; language: Language; save: SaveSettings }) {
  const t = updateText(language);
  const [draft, setDraft] = useState('');
  const [run, feedback] = useAction(language);
  const read = readTrustedKey(draft, settings.trustedKeys);
  const refusal = draft.trim() !== '' && !read.ok ? t(read.reason) : null;
  return (
    <fieldset>
      <legend>{t('keys.title')}</legend>
      <p class="muted">{t('keys.help')}</p>
      {settings.trustedKeys.length === 0 ? (
        <p class="muted">{t('keys.none')}</p>
      ) : (
        <ul class="sites keys">
          {settings.trustedKeys.map((key) => (
            <li key={key}>
              <code>{key}</code>
              <button
                type="button"
                aria-label={t('keys.remove', { key })}
                onClick={() => void run(() => save({ trustedKeys: settings.trustedKeys.filter((entry) => entry !== key) }), t('feedback.saved'))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        class="stack"
        onSubmit={(event) => {
          event.preventDefault();
          if (!read.ok) return;
          void run(async () => {
            await save({ trustedKeys: [...settings.trustedKeys, read.value] });
            setDraft('');
          }, t('feedback.saved'));
        }}
      >
        <label class="field">
          {t('keys.new')}
          <textarea
            name="trustedKey"
            rows={2}
            value={draft}
            aria-invalid={refusal !== null}
            aria-describedby="key-refusal"
            onInput={(event) => setDraft((event.target as HTMLTextAreaElement).value)}
          />
        </label>
        <p id="key-refusal" class="error" hidden={refusal === null}>
          {refusal}
        </p>
        <button type="submit" disabled={!read.ok}>
          {t('keys.add')}
        </button>
      </form>
      <ActionFeedback feedback={feedback} language={language} />
    </fieldset>
  );
}
