import { useState } from 'preact/hooks';
import { ActionFeedback, useAction } from '@/components/action-feedback/ActionFeedback';
import type { Language } from '@/utils/dates/format-date';
import { uiText } from '@/utils/i18n/ui-strings';
import { updateText } from '@/utils/i18n/update-strings';
import { MAX_INTERVAL_HOURS, MIN_INTERVAL_HOURS, readIntervalHours, readUpdateUrl } from '@/utils/settings/setting-inputs';
import type { Settings } from '@/utils/settings/settings';
import type { SaveSettings } from './save-settings';
import { TrustedKeysField } from './TrustedKeysField';

/**
 * Where updates come from and how often. The address and the interval are
 * drafts checked as they are typed: a settings change arriving from
 * elsewhere meanwhile does not reset what the person typed, and a refused
 * value says why beside its field and is not saved.
 */
export function UpdatesSection({ settings, language, save }: { settings: Settings; language: Language; save: SaveSettings }) {
  const t = uiText(language);
  const u = updateText(language);
  const [urlDraft, setUrlDraft] = useState<string | null>(null);
  const [intervalDraft, setIntervalDraft] = useState<string | null>(null);
  const [runUrl, urlFeedback] = useAction(language);
  const [runSchedule, scheduleFeedback] = useAction(language);
  const [runUnsigned, unsignedFeedback] = useAction(language);
  const url = readUpdateUrl(urlDraft ?? settings.updateUrl);
  const interval = readIntervalHours(intervalDraft ?? String(settings.updateIntervalHours));
  return (
    <section aria-labelledby="updates-title">
      <h2 id="updates-title">{t('options.updates')}</h2>
      <form
        class="stack"
        onSubmit={(event) => {
          event.preventDefault();
          if (url.ok) void runUrl(() => save({ updateUrl: url.value }).then(() => setUrlDraft(null)), u('feedback.saved'));
        }}
      >
        <label class="field">
          {t('options.updateUrl')}
          <input
            id="update-url"
            type="url"
            name="updateUrl"
            value={urlDraft ?? settings.updateUrl}
            aria-invalid={!url.ok}
            aria-describedby="url-refusal"
            onInput={(event) => setUrlDraft((event.target as HTMLInputElement).value)}
          />
        </label>
        <p id="url-refusal" class="error" hidden={url.ok}>
          {!url.ok && u(url.reason)}
        </p>
        <button type="submit" disabled={!url.ok}>
          {t('options.save')}
        </button>
        <ActionFeedback feedback={urlFeedback} language={language} />
      </form>
      <TrustedKeysField settings={settings} language={language} save={save} />
      <label class="choice">
        <input
          type="checkbox"
          name="autoUpdate"
          checked={settings.autoUpdate}
          onChange={(event) => void runSchedule(() => save({ autoUpdate: (event.target as HTMLInputElement).checked }), u('feedback.saved'))}
        />
        {t('options.autoUpdate')}
      </label>
      <label class="field narrow">
        {t('options.interval')}
        <input
          type="number"
          name="updateIntervalHours"
          min={MIN_INTERVAL_HOURS}
          max={MAX_INTERVAL_HOURS}
          value={intervalDraft ?? String(settings.updateIntervalHours)}
          aria-invalid={!interval.ok}
          aria-describedby="interval-refusal"
          onInput={(event) => setIntervalDraft((event.target as HTMLInputElement).value)}
          onChange={(event) => {
            const typed = readIntervalHours((event.target as HTMLInputElement).value);
            if (typed.ok) void runSchedule(() => save({ updateIntervalHours: typed.value }).then(() => setIntervalDraft(null)), u('feedback.saved'));
          }}
        />
      </label>
      <p id="interval-refusal" class="error" hidden={interval.ok}>
        {!interval.ok && u(interval.reason)}
      </p>
      <ActionFeedback feedback={scheduleFeedback} language={language} />
      <label class="choice">
        <input
          type="checkbox"
          name="allowUnsigned"
          disabled={!settings.updateUrl}
          checked={settings.allowUnsignedFor.includes(settings.updateUrl)}
          onChange={(event) => {
            const allowed = (event.target as HTMLInputElement).checked;
            const others = settings.allowUnsignedFor.filter((entry) => entry !== settings.updateUrl);
            void runUnsigned(() => save({ allowUnsignedFor: allowed ? [...others, settings.updateUrl] : others }), u('feedback.saved'));
          }}
        />
        {t('options.allowUnsigned')}
      </label>
      <ActionFeedback feedback={unsignedFeedback} language={language} />
      <p class="muted">{t('options.privacy')}</p>
    </section>
  );
}
