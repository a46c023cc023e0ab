import { useEffect, useMemo, useState } from 'preact/hooks';
import { useDrawnMark } from '@/components/hooks/use-drawn-mark';
import { LatestReleaseChanges } from '@/components/release-changes/LatestReleaseChanges';
import { useInstalledDataset } from '@/components/hooks/use-installed-dataset';
import { useLazyModule } from '@/components/hooks/use-lazy-module';
import { useDatasetStatus } from '@/components/hooks/use-dataset-status';
import { useSettings } from '@/components/hooks/use-settings';
import { SearchResults } from '@/components/search-results/SearchResults';
import { panelId, tabId, ViewTabs } from '@/components/view-tabs/ViewTabs';
import { todayIso } from '@/utils/dates/format-date';
import { resolveLanguage } from '@/utils/i18n/resolve-language';
import { uiText } from '@/utils/i18n/ui-strings';
import { askTabContent } from '@/utils/adapters/messaging/send';
import { siteOf } from '@/utils/settings/settings';
import { NowView } from './NowView';
import { PopupFooter } from './PopupFooter';
import { PopupHeader } from './PopupHeader';
import { SiteControls } from './SiteControls';
import { TimelineView } from './TimelineView';
import { OpenPdfInRepere } from './OpenPdfInRepere';
import { readAddressOf, usePageTerms } from './use-page-terms';
import { useTargetTab } from './use-target-tab';

function termFromHash(): string | null {
  const match = /(?:^|[#&])term=([a-z0-9-]+)/.exec(window.location.hash);
  return match?.[1] ?? null;
}

type View = 'now' | 'timeline';

/**
 * The toolbar popup. It opens on now: what this page names (all its frames),
 * the next 12 months, the slips; the whole timeline is one tab away, a
 * search above both, one programme's page on a click. It reads the database
 * directly, so an update that lands while it is open shows at once.
 */
export function PopupApp() {
  const settings = useSettings();
  const language = resolveLanguage(settings?.language ?? 'auto', navigator.languages ?? []);
  const t = uiText(language);
  const today = todayIso();
  const dataset = useInstalledDataset();
  const status = useDatasetStatus();
  const tab = useTargetTab();
  const pageTerms = usePageTerms(tab, settings, status?.current?.hash);

  const [selected, setSelected] = useState<string | null>(termFromHash());
  const [query, setQuery] = useState('');
  const [view, setView] = useState<View>('now');

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  useEffect(() => {
    const onHashChange = () => setSelected(termFromHash());
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  useDrawnMark('repere:popup-first-screen', !!dataset && !!settings && pageTerms.kind !== 'loading');

  const terms = dataset?.terms;
  const milestones = dataset?.milestones;
  const termLabels = useMemo(() => new Map((terms ?? []).map((term) => [term.id, term.label])), [terms]);
  // The search (MiniSearch) and the term view (d3, for its lane) load when
  // first wanted: the first screen does not wait for them.
  const searching = query.trim() !== '';
  const searchModule = useLazyModule(() => import('@/utils/timeline/roadmap-search'), searching);
  const termViewModule = useLazyModule(() => import('@/components/term-view/TermView'), selected !== null);
  const search = useMemo(
    () => (searchModule && terms && milestones ? searchModule.createRoadmapSearch(terms, milestones) : null),
    [searchModule, terms, milestones],
  );
  const groups = useMemo(() => search?.search(query) ?? [], [search, query]);

  if (!dataset || !terms || !milestones || !settings) return <main class="popup loading" aria-busy="true" />;

  const select = (termId: string | null) => {
    setSelected(termId);
    history.replaceState(null, '', termId ? `#term=${termId}` : '#');
  };
  const selectedTerm = selected ? terms.find((term) => term.id === selected) : undefined;
  const address = readAddressOf(tab);
  const site = address ? siteOf(address) : null;

  return (
    <main class="popup">
      <PopupHeader language={language} />
      {/* The one notice above the first section: what the last release changed, shown once. */}
      <LatestReleaseChanges language={language} />
      {site && address && <SiteControls site={site} url={address} settings={settings} language={language} />}
      {tab && <OpenPdfInRepere tab={tab} language={language} />}

      {selectedTerm ? (
        termViewModule && (
        <termViewModule.TermView
          term={selectedTerm}
          milestones={milestones.filter((milestone) => milestone.terms.includes(selectedTerm.id))}
          termLabels={termLabels}
          sources={dataset.sources}
          language={language}
          today={today}
          onSelectTerm={select}
          onBack={() => select(null)}
        />
        )
      ) : (
        <>
          <label class="search">
            <span class="visually-hidden">{t('popup.searchLabel')}</span>
            <input
              type="search"
              value={query}
              placeholder={t('popup.searchHint')}
              aria-label={t('popup.searchLabel')}
              onInput={(event) => setQuery((event.target as HTMLInputElement).value)}
            />
          </label>
          {searching ? (
            search && <SearchResults groups={groups} language={language} termLabels={termLabels} onSelectTerm={select} />
          ) : (
            <>
              <ViewTabs
                tabs={[
                  { id: 'now', label: t('popup.tabNow') },
                  { id: 'timeline', label: t('popup.timeline') },
                ]}
                selected={view}
                onSelect={setView}
                label={t('popup.tabs')}
                prefix="popup"
              />
              <div class="view" role="tabpanel" id={panelId('popup', view)} aria-labelledby={tabId('popup', view)}>
                {view === 'now' ? (
                  <NowView
                    pageTerms={pageTerms}
                    milestones={milestones}
                    termLabels={termLabels}
                    language={language}
                    today={today}
                    onReveal={(term) => tab?.id !== undefined && void askTabContent({ id: tab.id, url: tab.url }, { type: 'reveal-term', id: term.id }, term.frameId)}
                    onSelectTerm={select}
                  />
                ) : (
                  <TimelineView
                    terms={terms}
                    milestones={milestones}
                    termLabels={termLabels}
                    sources={dataset.sources}
                    language={language}
                    today={today}
                    onSelectTerm={select}
                  />
                )}
              </div>
            </>
          )}
        </>
      )}
      <PopupFooter status={status} language={language} />
    </main>
  );
}
