import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DatasetStatusPanel } from '@/components/dataset-status/DatasetStatusPanel';
import { useInstalledDataset } from '@/components/hooks/use-installed-dataset';
import { useDatasetStatus } from '@/components/hooks/use-dataset-status';
import { useSettings } from '@/components/hooks/use-settings';
import { OnThisPage, type PageTermsState } from '@/components/on-this-page/OnThisPage';
import { LatestReleaseChanges } from '@/components/release-changes/LatestReleaseChanges';
import { TermView } from '@/components/term-view/TermView';
import { Timeline } from '@/components/timeline/Timeline';
import type { Category } from '@/utils/dataset/categories';
import { todayIso } from '@/utils/dates/format-date';
import { CATEGORY_LABELS } from '@/utils/i18n/phase-labels';
import { resolveLanguage } from '@/utils/i18n/resolve-language';
import { uiText } from '@/utils/i18n/ui-strings';
import { askBackground, changeSettings, askTab } from '@/utils/adapters/messaging/send';
import { isSiteDisabled, siteOf } from '@/utils/settings/settings';
import { searchTerms } from '@/utils/timeline/search-terms';
import { useTargetTab } from './use-target-tab';

function termFromHash(): string | null {
  const match = /(?:^|[#&])term=([a-z0-9-]+)/.exec(window.location.hash);
  return match?.[1] ?? null;
}

/**
 * The toolbar popup: what is on this page, the roadmap as a timeline with
 * search and filters, one programme's page, and the controls (site switch,
 * pause, dataset version, update check). It reads the database directly, so
 * an update that lands while it is open shows at once.
 */
export function PopupApp() {
  const settings = useSettings();
  const language = resolveLanguage(settings?.language ?? 'auto', navigator.languages ?? []);
  const t = uiText(language);
  const today = todayIso();

  const dataset = useInstalledDataset();
  const terms = dataset?.terms;
  const milestones = dataset?.milestones;
  const sources = dataset?.sources;
  const status = useDatasetStatus();

  const [selected, setSelected] = useState<string | null>(termFromHash());
  const [query, setQuery] = useState('');
  const [termFilter, setTermFilter] = useState('');
  const [categoryFilter, setCategoryFilter] = useState<Category | ''>('');
  const [checking, setChecking] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const tab = useTargetTab();
  const [pageTerms, setPageTerms] = useState<PageTermsState>({ kind: 'loading' });

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  useEffect(() => {
    const onHashChange = () => setSelected(termFromHash());
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  const site = tab?.url ? siteOf(tab.url) : null;
  useEffect(() => {
    if (!tab || !settings) return;
    if (!site || tab.id === undefined) return setPageTerms({ kind: 'unavailable' });
    if (settings.paused) return setPageTerms({ kind: 'paused' });
    if (isSiteDisabled(settings, tab.url ?? '')) return setPageTerms({ kind: 'disabled' });
    setPageTerms({ kind: 'loading' });
    let cancelled = false;
    askTab(tab.id, { type: 'page-terms' })
      .then((answer) => !cancelled && setPageTerms({ kind: 'found', terms: answer?.terms ?? [] }))
      .catch(() => !cancelled && setPageTerms({ kind: 'unavailable' }));
    return () => {
      cancelled = true;
    };
  }, [tab, site, settings?.paused, settings?.disabledSites.join('\n'), status?.current?.hash]);

  const termLabels = useMemo(() => new Map((terms ?? []).map((term) => [term.id, term.label])), [terms]);
  const found = useMemo(() => searchTerms(terms ?? [], query), [terms, query]);
  const visibleMilestones = useMemo(() => {
    const allowed = new Set(
      found
        .filter((term) => !categoryFilter || term.category === categoryFilter)
        .filter((term) => !termFilter || term.id === termFilter)
        .map((term) => term.id),
    );
    return (milestones ?? []).filter((milestone) => milestone.terms.some((id) => allowed.has(id)));
  }, [milestones, found, termFilter, categoryFilter]);

  const select = (termId: string | null) => {
    setSelected(termId);
    history.replaceState(null, '', termId ? `#term=${termId}` : '#');
  };

  const checkUpdates = async () => {
    setChecking(true);
    setActionError(null);
    try {
      await askBackground({ type: 'check-updates' });
    } catch (error) {
      setActionError((error as Error).message);
    } finally {
      setChecking(false);
    }
  };

  if (!terms || !milestones || !sources || !settings) {
    return <main class="popup loading" aria-busy="true" />;
  }

  const selectedTerm = selected ? terms.find((term) => term.id === selected) : undefined;
  const categories = [...new Set(terms.map((term) => term.category))].sort();

  return (
    <main class="popup">
      <LatestReleaseChanges language={language} />
      <header class="popup-head">
        <h1>Repère</h1>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popup.options')}
        </button>
      </header>

      {site && (
        <div class="site-controls">
          <button
            type="button"
            aria-pressed={isSiteDisabled(settings, tab?.url ?? '')}
            onClick={() =>
              void changeSettings({
                disabledSites: isSiteDisabled(settings, tab?.url ?? '')
                  ? settings.disabledSites.filter((entry) => entry !== site)
                  : [...settings.disabledSites, site],
              })
            }
          >
            {isSiteDisabled(settings, tab?.url ?? '') ? t('popup.enableSite') : t('popup.disableSite')}
          </button>
          <button type="button" aria-pressed={settings.paused} onClick={() => void changeSettings({ paused: !settings.paused })}>
            {settings.paused ? t('popup.resume') : t('popup.pause')}
          </button>
          <span class="site-name">{site}</span>
        </div>
      )}

      {selectedTerm ? (
        <TermView
          term={selectedTerm}
          milestones={milestones.filter((milestone) => milestone.terms.includes(selectedTerm.id))}
          termLabels={termLabels}
          sources={sources}
          language={language}
          today={today}
          onSelectTerm={select}
          onBack={() => select(null)}
        />
      ) : (
        <>
          <OnThisPage
            state={pageTerms}
            termLabels={termLabels}
            language={language}
            onReveal={(termId) => tab?.id !== undefined && void askTab(tab.id, { type: 'reveal-term', id: termId })}
          />

          <section class="lookup" aria-labelledby="timeline-title">
            <h2 id="timeline-title">{t('popup.timeline')}</h2>
            <label class="search">
              <span class="visually-hidden">{t('popup.search')}</span>
              <input
                type="search"
                value={query}
                placeholder={t('popup.searchPlaceholder')}
                aria-label={t('popup.search')}
                onInput={(event) => setQuery((event.target as HTMLInputElement).value)}
              />
            </label>
            <div class="filters">
              <label>
                {t('popup.filterTerm')}
                {/* Named explicitly: a wrapping label's name would also take in every option's text. */}
                <select
                  aria-label={t('popup.filterTerm')}
                  value={termFilter}
                  onChange={(event) => setTermFilter((event.target as HTMLSelectElement).value)}
                >
                  <option value="">{t('popup.all')}</option>
                  {[...terms]
                    .sort((a, b) => a.label.localeCompare(b.label, 'fr'))
                    .map((term) => (
                      <option value={term.id} key={term.id}>
                        {term.label}
                      </option>
                    ))}
                </select>
              </label>
              <label>
                {t('popup.filterCategory')}
                <select
                  aria-label={t('popup.filterCategory')}
                  value={categoryFilter}
                  onChange={(event) => setCategoryFilter((event.target as HTMLSelectElement).value as Category | '')}
                >
                  <option value="">{t('popup.allCategories')}</option>
                  {categories.map((category) => (
                    <option value={category} key={category}>
                      {CATEGORY_LABELS[category][language]}
                    </option>
                  ))}
                </select>
              </label>
            </div>
            {query.trim() && (
              <div class="results" aria-live="polite">
                {found.length === 0 ? (
                  <p class="muted">{t('popup.noResult')}</p>
                ) : (
                  <ul class="chips">
                    {found.map((term) => (
                      <li key={term.id}>
                        <button type="button" class="chip result" onClick={() => select(term.id)}>
                          {term.label}
                          {term.names[language] !== term.label && <span class="chip-detail"> — {term.names[language]}</span>}
                        </button>
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            )}
            <Timeline
              milestones={visibleMilestones}
              termLabels={termLabels}
              sources={sources}
              language={language}
              today={today}
              onSelectTerm={select}
            />
          </section>
        </>
      )}

      <footer class="popup-foot">
        {status && <DatasetStatusPanel status={status} language={language} />}
        <button type="button" onClick={() => void checkUpdates()} disabled={checking}>
          {checking ? t('popup.checking') : t('popup.checkUpdates')}
        </button>
        {actionError && <p class="error">{actionError}</p>}
      </footer>
    </main>
  );
}
