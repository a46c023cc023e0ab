import { ActionFeedback, useAction } from '@/components/action-feedback/ActionFeedback';
import type { Language } from '@/utils/dates/format-date';
import { uiText } from '@/utils/i18n/ui-strings';
import { PDF_VIEWER_PAGE } from '@/utils/pdf/viewer-url';
import type { Settings } from '@/utils/settings/settings';
import type { SaveSettings } from './save-settings';

const MARK_STYLES = { underline: 'options.markUnderline', background: 'options.markBackground', none: 'options.markNone' } as const;
const AMBIGUITY = { lenient: 'options.ambiguityLenient', normal: 'options.ambiguityNormal', strict: 'options.ambiguityStrict' } as const;

/**
 * Language, marking style, how strictly ambiguous acronyms are marked, and
 * how much is marked (first mention only, institutions muted), and whether
 * PDFs open in Repère's viewer: each choice applies at once, open tabs included.
 */
export function DisplaySection({ settings, language, save }: { settings: Settings; language: Language; save: SaveSettings }) {
  const t = uiText(language);
  const [run, feedback] = useAction(language);
  const choose = (change: Partial<Settings>) => void run(() => save(change), t('options.saved'));
  return (
    <section aria-labelledby="display-title">
      <h2 id="display-title">{t('options.display')}</h2>
      <label class="field">
        {t('options.language')}
        <select name="language" value={settings.language} onChange={(event) => choose({ language: (event.target as HTMLSelectElement).value as Settings['language'] })}>
          <option value="auto">{t('options.languageAuto')}</option>
          <option value="fr">Français</option>
          <option value="en">English</option>
        </select>
      </label>
      <fieldset>
        <legend>{t('options.markStyle')}</legend>
        {(Object.keys(MARK_STYLES) as Settings['markStyle'][]).map((style) => (
          <label key={style} class="choice">
            <input type="radio" name="markStyle" value={style} checked={settings.markStyle === style} onChange={() => choose({ markStyle: style })} />
            {t(MARK_STYLES[style])}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('options.ambiguity')}</legend>
        {(Object.keys(AMBIGUITY) as Settings['ambiguity'][]).map((level) => (
          <label key={level} class="choice">
            <input type="radio" name="ambiguity" value={level} checked={settings.ambiguity === level} onChange={() => choose({ ambiguity: level })} />
            {t(AMBIGUITY[level])}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('options.quieter')}</legend>
        <label class="choice">
          <input
            type="checkbox"
            name="firstMentionOnly"
            checked={settings.firstMentionOnly}
            onChange={(event) => choose({ firstMentionOnly: (event.target as HTMLInputElement).checked })}
          />
          {t('options.firstMentionOnly')}
        </label>
        <label class="choice">
          <input
            type="checkbox"
            name="markInstitutions"
            checked={!settings.mutedCategories.includes('institutions')}
            onChange={(event) => {
              const others = settings.mutedCategories.filter((category) => category !== 'institutions');
              choose({ mutedCategories: (event.target as HTMLInputElement).checked ? others : [...others, 'institutions'] });
            }}
          />
          {t('options.markInstitutions')}
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('options.pdf')}</legend>
        <label class="choice">
          <input type="checkbox" name="openPdfs" checked={settings.openPdfs} onChange={(event) => choose({ openPdfs: (event.target as HTMLInputElement).checked })} />
          {t('options.openPdfs')}
        </label>
        <p>
          <a href={`/${PDF_VIEWER_PAGE}`}>{t('options.openLocalPdf')}</a>
        </p>
      </fieldset>
      <ActionFeedback feedback={feedback} language={language} />
    </section>
  );
}
