import type { Language } from '@/utils/dates/format-date';
import { uiText } from '@/utils/i18n/ui-strings';
import { DELAY_BAND_LABELS, DELAY_BANDS } from '@/utils/timeline/delay';
import type { LaneMark } from '@/utils/timeline/roadmap-lanes';
import { ChartMark } from './ChartMark';
import './roadmap-chart.css';

const SAMPLE_DAY = '2000-01-01';
const sample = (kind: LaneMark['kind']): LaneMark => ({
  milestone: { id: `legend-${kind}`, terms: [], date: SAMPLE_DAY, kind, title: { fr: '', en: '' }, sources: [] },
  kind,
  day: SAMPLE_DAY,
  spanStart: SAMPLE_DAY,
  spanEnd: SAMPLE_DAY,
});

/** What each mark means, drawn with the chart's own marks. */
export function ChartLegend({ language }: { language: Language }) {
  const t = uiText(language);
  const at = () => 8;
  const symbol = (kind: LaneMark['kind']) => (
    <svg width={16} height={16} aria-hidden="true">
      <ChartMark mark={sample(kind)} termId="" x={at} y={8} />
    </svg>
  );
  return (
    <div class="roadmap-chart chart-legend" role="group" aria-label={t('roadmap.legend')}>
      <span>
        {symbol('done')} {t('roadmap.legendDone')}
      </span>
      <span>
        {symbol('planned')} {t('roadmap.legendPlanned')}
      </span>
      <span>
        {symbol('announced')} {t('roadmap.legendAnnounced')}
      </span>
      <span>
        {symbol('cancelled')} {t('roadmap.legendCancelled')}
      </span>
      <span>
        <svg width={28} height={16} aria-hidden="true">
          <rect class="span" x={2} y={4} width={24} height={8} rx={4} />
        </svg>{' '}
        {t('roadmap.legendSpan')}
      </span>
      <span>
        {t('roadmap.legendSlip')}{' '}
        {DELAY_BANDS.map(({ band }) => (
          <span key={band} class={`slip band-${band}`}>
            <svg width={30} height={16} aria-hidden="true">
              <line class="slip-line" x1={4} x2={26} y1={8} y2={8} />
            </svg>
            {DELAY_BAND_LABELS[band][language]}{' '}
          </span>
        ))}
      </span>
    </div>
  );
}
