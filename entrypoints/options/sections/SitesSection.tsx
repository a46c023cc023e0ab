import { useState } from 'preact/hooks';
import { ActionFeedback, useAction } from '@/components/action-feedback/ActionFeedback';
import type { Language } from '@/utils/dates/format-date';
import { uiText } from '@/utils/i18n/ui-strings';
import { updateText } from '@/utils/i18n/update-strings';
import { readSite } from '@/utils/settings/setting-inputs';
import type { Settings } from '@/utils/settings/settings';
import type { SaveSettings } from './save-settings';

/** Sites where Repère marks nothing: a list, and a field checked as it is typed. */
export function SitesSection({ settings, language, save }: { settings: Settings; language: Language; save: SaveSettings }) {
  const t = uiText(language);
  const u = updateText(language);
  const [draft, setDraft] = useState('');
  const [run, feedback] = useAction(language);
  const read = readSite(draft, settings.disabledSites);
  const refusal = draft.trim() !== '' && !read.ok ? u(read.reason) : null;
  return (
    <section aria-labelledby="sites-title">
      <h2 id="sites-title">{t('options.sites')}</h2>
      <p class="muted">{t('options.sitesHelp')}</p>
      {settings.disabledSites.length === 0 ? (
        <p class="muted">{t('options.noSites')}</p>
      ) : (
        <ul class="sites">
          {settings.disabledSites.map((site) => (
            <li key={site}>
              <span>{site}</span>
              <button
                type="button"
                aria-label={t('options.removeSite', { site })}
                onClick={() => void run(() => save({ disabledSites: settings.disabledSites.filter((entry) => entry !== site) }), u('feedback.saved'))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        class="inline"
        onSubmit={(event) => {
          event.preventDefault();
          if (!read.ok) return;
          void run(async () => {
            await save({ disabledSites: [...settings.disabledSites, read.value] });
            setDraft('');
          }, u('feedback.added', { item: read.value }));
        }}
      >
        <input
          type="text"
          name="site"
          aria-label={t('options.sites')}
          placeholder={t('options.sitePlaceholder')}
          value={draft}
          aria-invalid={refusal !== null}
          aria-describedby="site-refusal"
          onInput={(event) => setDraft((event.target as HTMLInputElement).value)}
        />
        <button type="submit" disabled={!read.ok}>
          {t('options.addSite')}
        </button>
      </form>
      <p id="site-refusal" class="error" hidden={refusal === null}>
        {refusal}
      </p>
      <ActionFeedback feedback={feedback} language={language} />
    </section>
  );
}
