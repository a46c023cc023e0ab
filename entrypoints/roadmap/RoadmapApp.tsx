import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useInstalledDataset } from '@/components/hooks/use-installed-dataset';
import { useSettings } from '@/components/hooks/use-settings';
import { MarkDetail } from '@/components/mark-detail/MarkDetail';
import { ChartLegend } from '@/components/roadmap-chart/ChartLegend';
import { RoadmapChart } from '@/components/roadmap-chart/RoadmapChart';
import { TermView } from '@/components/term-view/TermView';
import { todayIso } from '@/utils/dates/format-date';
import { resolveLanguage } from '@/utils/i18n/resolve-language';
import { uiText } from '@/utils/i18n/ui-strings';
import { buildLanes, type Lane, type LaneMark } from '@/utils/timeline/roadmap-lanes';
import { parseRoadmapParams, roadmapSearch, type RoadmapParams } from '@/utils/timeline/roadmap-params';
import { exportChart } from './export-view';
import { RoadmapControls, type ControlsChange } from './RoadmapControls';
import { useElementWidth } from './use-element-width';

/**
 * The full-page roadmap (opened from the popup and from a card's "Voir la
 * chronologie"): one lane per programme, filters and zoom kept in the
 * address, a programme's page beside the chart, exports of the view.
 */
export function RoadmapApp() {
  const settings = useSettings();
  const language = resolveLanguage(settings?.language ?? 'auto', navigator.languages ?? []);
  const t = uiText(language);
  const today = todayIso();
  const dataset = useInstalledDataset();
  const [params, setParams] = useState<RoadmapParams>(() => parseRoadmapParams(location.search));
  const [picked, setPicked] = useState<LaneMark | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);
  // A state, not a ref: the area appears once the dataset is read, and its width must be measured then.
  const [chartArea, setChartArea] = useState<HTMLDivElement | null>(null);
  const width = useElementWidth(chartArea, 1000);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = `Repère — ${t('roadmap.title')}`;
  }, [language]);
  useEffect(() => history.replaceState(null, '', roadmapSearch(params) || location.pathname), [params]);

  // Lanes are worked out in a task of their own, right after the one that drew the page around them.
  const [lanes, setLanes] = useState<Lane[] | null>(null);
  useLayoutEffect(() => {
    if (!dataset) return;
    const filter = { category: params.category ?? '', termIds: params.programme ? [params.programme] : [] } as const;
    const timer = setTimeout(() => setLanes(buildLanes(dataset.terms, dataset.milestones, today, filter)), 0);
    return () => clearTimeout(timer);
  }, [dataset, today, params.category, params.programme]);
  const termLabels = useMemo(() => new Map((dataset?.terms ?? []).map((term) => [term.id, term.label])), [dataset]);
  const update = (change: Partial<RoadmapParams>) => setParams((current) => ({ ...current, ...change }));
  const selectTerm = (termId: string) => {
    setPicked(null);
    update({ term: termId });
  };

  // Opened on a programme (from a card): its lane in view once first drawn.
  // By quarter the chart is wider than the window: today (or the article's day) in view.
  const drawn = useRef(false);
  const onDrawn = () => {
    const area = chartArea;
    const line = area?.querySelector<SVGLineElement>(params.article ? '.article-line line' : '.now-line line');
    if (area && line && params.zoom === 'quarter') area.scrollLeft = Math.max(0, Number(line.getAttribute('x1')) - area.clientWidth / 2);
    if (drawn.current) return;
    drawn.current = true;
    if (params.term) area?.querySelector(`.lane[data-term="${params.term}"]`)?.scrollIntoView({ block: 'center' });
    requestAnimationFrame(() => setTimeout(() => performance.mark('repere:roadmap-drawn'), 0));
  };

  // The controls and legend are drawn again only when what they show changes
  // (not when the lanes arrive): Preact skips a vnode it has already drawn.
  const actions = useRef({ change: (_change: ControlsChange) => {}, export: (_format: 'svg' | 'png') => {} });
  actions.current = {
    change: (change) =>
      update({
        ...(change.category !== undefined ? { category: change.category || undefined } : {}),
        ...(change.programme !== undefined ? { programme: change.programme || undefined } : {}),
        ...(change.zoom ? { zoom: change.zoom } : {}),
      }),
    export: (format) => {
      setExportError(null);
      const svg = chartArea?.querySelector<SVGSVGElement>('svg.chart');
      if (svg) exportChart(svg, format, t('roadmap.title')).catch((error: Error) => setExportError(error.message));
    },
  };
  const controls = useMemo(
    () =>
      dataset && (
        <RoadmapControls
          terms={dataset.terms}
          category={params.category ?? ''}
          programme={params.programme ?? ''}
          zoom={params.zoom}
          language={language}
          onChange={(change) => actions.current.change(change)}
          onExport={(format) => actions.current.export(format)}
        />
      ),
    [dataset, params.category, params.programme, params.zoom, language],
  );
  const legend = useMemo(() => <ChartLegend language={language} />, [language]);

  const term = dataset && params.term ? dataset.terms.find((entry) => entry.id === params.term) : undefined;
  return (
    <div class={`roadmap-page${term || picked ? ' with-panel' : ''}`}>
      <header class="roadmap-head">
        <h1>{t('roadmap.title')}</h1>
        <p class="muted">{t('roadmap.intro')}</p>
      </header>
      {!dataset || !settings ? (
        <main>
          <p aria-busy="true">{t('roadmap.drawing')}</p>
        </main>
      ) : (
        <main class="roadmap-body">
          {controls}
          {exportError && <p class="error">{t('roadmap.exportFailed', { message: exportError })}</p>}
          {legend}
          <div class="roadmap-main">
            <div class="chart-area" ref={setChartArea}>
              {!lanes ? (
                <p aria-busy="true">{t('roadmap.drawing')}</p>
              ) : lanes.length === 0 ? (
                <p class="muted">{t('roadmap.empty')}</p>
              ) : (
                <RoadmapChart
                  lanes={lanes}
                  sources={dataset.sources}
                  language={language}
                  today={today}
                  {...(params.article ? { articleDate: params.article } : {})}
                  zoom={params.zoom}
                  availableWidth={width}
                  {...(params.term ? { highlightTerm: params.term } : {})}
                  onSelectLane={selectTerm}
                  onPickMark={(mark) => setPicked(mark)}
                  onDrawn={onDrawn}
                />
              )}
            </div>
            {(picked || term) && (
              <div class="roadmap-panel">
                {picked ? (
                  <MarkDetail
                    mark={picked}
                    sources={dataset.sources}
                    termLabels={termLabels}
                    language={language}
                    onSelectTerm={selectTerm}
                    onClose={() => setPicked(null)}
                  />
                ) : (
                  term && (
                    <TermView
                      term={term}
                      milestones={dataset.milestones.filter((milestone) => milestone.terms.includes(term.id))}
                      termLabels={termLabels}
                      sources={dataset.sources}
                      language={language}
                      today={today}
                      onSelectTerm={selectTerm}
                      onBack={() => update({ term: undefined })}
                      backLabel={t('roadmap.close')}
                      laneWidth={340}
                    />
                  )
                )}
              </div>
            )}
          </div>
        </main>
      )}
    </div>
  );
}
