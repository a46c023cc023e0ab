import { useEffect, useState } from 'preact/hooks';
import { DatasetStatusPanel } from '@/components/dataset-status/DatasetStatusPanel';
import { useDatasetStatus } from '@/components/hooks/use-dataset-status';
import { useSettings } from '@/components/hooks/use-settings';
import { readInstalledReleaseOnce } from '@/utils/adapters/storage-reads/read-only-database';
import { isAllowedReleaseUrl } from '@/utils/dataset/release-url';
import { resolveLanguage } from '@/utils/i18n/resolve-language';
import { uiText } from '@/utils/i18n/ui-strings';
import { WELCOME_PAGE } from '@/utils/messaging/extension-pages';
import { askBackground, changeSettings } from '@/utils/adapters/messaging/send';
import { siteOf, type Settings } from '@/utils/settings/settings';

type Feedback = { kind: 'ok' | 'error'; text: string } | null;

/**
 * The options page. Each control writes `storage.local` at once (no
 * "apply" step): open tabs, the background and the popup all watch it, so
 * every setting takes effect without a restart and survives one.
 */
export function OptionsApp() {
  const settings = useSettings();
  const status = useDatasetStatus();
  const language = resolveLanguage(settings?.language ?? 'auto', navigator.languages ?? []);
  const t = uiText(language);
  const [newSite, setNewSite] = useState('');
  const [urlDraft, setUrlDraft] = useState<string | null>(null);
  const [keysDraft, setKeysDraft] = useState<string | null>(null);
  // A draft, like the address: a settings change arriving from elsewhere
  // while the person types must not reset what they typed.
  const [intervalDraft, setIntervalDraft] = useState<string | null>(null);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [releaseFile, setReleaseFile] = useState<File | null>(null);
  const [signatureFile, setSignatureFile] = useState<File | null>(null);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t('options.title');
  }, [language]);

  if (!settings) return <main class="options" aria-busy="true" />;

  const save = (change: Partial<Settings>) => void changeSettings(change);
  const run = async (action: () => Promise<unknown>) => {
    setFeedback(null);
    try {
      await action();
      setFeedback({ kind: 'ok', text: t('options.done') });
    } catch (error) {
      setFeedback({ kind: 'error', text: (error as Error).message });
    }
  };
  const url = urlDraft ?? settings.updateUrl;
  const urlValid = url.trim() === '' || isAllowedReleaseUrl(url.trim());
  const keys = keysDraft ?? settings.trustedKeys.join('\n');
  const interval = intervalDraft ?? String(settings.updateIntervalHours);
  const isValidInterval = (hours: number) => Number.isInteger(hours) && hours >= 1 && hours <= 168;

  const addSite = () => {
    const site = siteOf(newSite.includes('://') ? newSite : `https://${newSite.trim()}`);
    if (!site || settings.disabledSites.includes(site)) return;
    save({ disabledSites: [...settings.disabledSites, site] });
    setNewSite('');
  };

  const exportDataset = async () => {
    const current = await readInstalledReleaseOnce('current');
    if (!current) return;
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([current.json], { type: 'application/json' }));
    link.download = `repere-dataset-${current.release.version}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  };

  return (
    <main class="options">
      <h1>{t('options.title')}</h1>
      <p>
        <a href={`/${WELCOME_PAGE}`}>{t('options.welcomeLink')}</a>
      </p>

      <section aria-labelledby="display-title">
        <h2 id="display-title">{t('options.display')}</h2>
        <label class="field">
          {t('options.language')}
          <select
            name="language"
            value={settings.language}
            onChange={(event) => save({ language: (event.target as HTMLSelectElement).value as Settings['language'] })}
          >
            <option value="auto">{t('options.languageAuto')}</option>
            <option value="fr">Français</option>
            <option value="en">English</option>
          </select>
        </label>
        <fieldset>
          <legend>{t('options.markStyle')}</legend>
          {(['underline', 'background', 'none'] as const).map((style) => (
            <label key={style} class="choice">
              <input
                type="radio"
                name="markStyle"
                value={style}
                checked={settings.markStyle === style}
                onChange={() => save({ markStyle: style })}
              />
              {t(style === 'underline' ? 'options.markUnderline' : style === 'background' ? 'options.markBackground' : 'options.markNone')}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('options.ambiguity')}</legend>
          {(['lenient', 'normal', 'strict'] as const).map((level) => (
            <label key={level} class="choice">
              <input
                type="radio"
                name="ambiguity"
                value={level}
                checked={settings.ambiguity === level}
                onChange={() => save({ ambiguity: level })}
              />
              {t(level === 'lenient' ? 'options.ambiguityLenient' : level === 'normal' ? 'options.ambiguityNormal' : 'options.ambiguityStrict')}
            </label>
          ))}
        </fieldset>
      </section>

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
                  onClick={() => save({ disabledSites: settings.disabledSites.filter((entry) => entry !== site) })}
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
            addSite();
          }}
        >
          <input
            type="text"
            name="site"
            aria-label={t('options.sites')}
            placeholder={t('options.sitePlaceholder')}
            value={newSite}
            onInput={(event) => setNewSite((event.target as HTMLInputElement).value)}
          />
          <button type="submit">{t('options.addSite')}</button>
        </form>
      </section>

      <section aria-labelledby="updates-title">
        <h2 id="updates-title">{t('options.updates')}</h2>
        <form
          class="stack"
          onSubmit={(event) => {
            event.preventDefault();
            if (!urlValid) return;
            save({
              updateUrl: url.trim(),
              trustedKeys: keys.split('\n').map((key) => key.trim()).filter(Boolean),
            });
            setUrlDraft(null);
            setKeysDraft(null);
            setFeedback({ kind: 'ok', text: t('options.saved') });
          }}
        >
          <label class="field">
            {t('options.updateUrl')}
            <input
              type="url"
              name="updateUrl"
              value={url}
              aria-invalid={!urlValid}
              onInput={(event) => setUrlDraft((event.target as HTMLInputElement).value)}
            />
          </label>
          {!urlValid && <p class="error">{t('options.updateUrlInvalid')}</p>}
          <label class="field">
            {t('options.trustedKeys')}
            <textarea name="trustedKeys" rows={3} value={keys} onInput={(event) => setKeysDraft((event.target as HTMLTextAreaElement).value)} />
          </label>
          <button type="submit" disabled={!urlValid}>
            {t('options.save')}
          </button>
        </form>
        <label class="choice">
          <input
            type="checkbox"
            name="autoUpdate"
            checked={settings.autoUpdate}
            onChange={(event) => save({ autoUpdate: (event.target as HTMLInputElement).checked })}
          />
          {t('options.autoUpdate')}
        </label>
        <label class="field narrow">
          {t('options.interval')}
          <input
            type="number"
            name="updateIntervalHours"
            min={1}
            max={168}
            value={interval}
            aria-invalid={!isValidInterval(Number(interval))}
            onInput={(event) => setIntervalDraft((event.target as HTMLInputElement).value)}
            onChange={(event) => {
              const hours = Number((event.target as HTMLInputElement).value);
              if (isValidInterval(hours)) void changeSettings({ updateIntervalHours: hours }).then(() => setIntervalDraft(null));
            }}
          />
        </label>
        <label class="choice">
          <input
            type="checkbox"
            name="allowUnsigned"
            disabled={!settings.updateUrl}
            checked={settings.allowUnsignedFor.includes(settings.updateUrl)}
            onChange={(event) => {
              const allowed = (event.target as HTMLInputElement).checked;
              save({
                allowUnsignedFor: allowed
                  ? [...new Set([...settings.allowUnsignedFor, settings.updateUrl])]
                  : settings.allowUnsignedFor.filter((entry) => entry !== settings.updateUrl),
              });
            }}
          />
          {t('options.allowUnsigned')}
        </label>
        <p class="muted">{t('options.privacy')}</p>
      </section>

      <section aria-labelledby="dataset-title">
        <h2 id="dataset-title">{t('options.dataset')}</h2>
        {status && <DatasetStatusPanel status={status} language={language} />}
        <div class="actions">
          <button type="button" onClick={() => void run(() => askBackground({ type: 'check-updates' }))}>
            {t('popup.checkUpdates')}
          </button>
          <button type="button" onClick={() => void run(exportDataset)}>
            {t('options.export')}
          </button>
          <button type="button" disabled={!status?.previous} onClick={() => void run(() => askBackground({ type: 'rollback' }))}>
            {t('options.rollback')}
          </button>
          <button type="button" onClick={() => void run(() => askBackground({ type: 'reset-to-bundled' }))}>
            {t('options.reset')}
          </button>
        </div>
        <form
          class="stack"
          onSubmit={(event) => {
            event.preventDefault();
            if (!releaseFile) return;
            void run(async () =>
              askBackground({
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
            <input
              type="file"
              name="releaseFile"
              accept="application/json,.json"
              onChange={(event) => setReleaseFile((event.target as HTMLInputElement).files?.[0] ?? null)}
            />
          </label>
          <label class="field">
            {t('options.importSignature')}
            <input
              type="file"
              name="signatureFile"
              accept=".sig,application/json"
              onChange={(event) => setSignatureFile((event.target as HTMLInputElement).files?.[0] ?? null)}
            />
          </label>
          <button type="submit" disabled={!releaseFile}>
            {t('options.importButton')}
          </button>
        </form>
        {feedback && (
          <p class={feedback.kind} role="status">
            {feedback.text}
          </p>
        )}
      </section>
    </main>
  );
}
