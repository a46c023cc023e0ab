import { useState } from 'preact/hooks';
import { formatPartialDate, type Language } from '@/utils/dates/format-date';
import { uiText } from '@/utils/i18n/ui-strings';
import { delayBand, formatDelay } from '@/utils/timeline/delay';
import type { Slip } from '@/utils/timeline/first-screen';
import { MilestoneLine } from '../milestone-line/MilestoneLine';
import './slips.css';

/**
 * "Retards": promises missed at their precision (the shared rule of
 * promise-outcome.ts), largest delay first, each as promised → delivered.
 * The first few are shown; the rest are one click away, never cut silently.
 */
export function SlipList({
  slips,
  since,
  language,
  termLabels,
  onSelectTerm,
  firstShown = 4,
}: {
  slips: Slip[];
  /** The first year the list covers (older slips are history). */
  since: number;
  language: Language;
  termLabels: Map<string, string>;
  onSelectTerm: (termId: string) => void;
  firstShown?: number;
}) {
  const t = uiText(language);
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? slips : slips.slice(0, firstShown);
  return (
    <section class="slips" aria-labelledby="slips-title">
      <h2 id="slips-title">
        {t('popup.slips')} <span class="section-hint">{t('popup.slipsHint')}</span>
      </h2>
      {slips.length === 0 ? (
        <p class="muted">{t('popup.slipsNone', { year: since })}</p>
      ) : (
        <ul class="milestone-lines">
          {shown.map(({ milestone, delayDays, delivered }) => {
            const promised = t('slip.promised', { date: formatPartialDate(milestone.promised!.date, language) });
            const outcome = delivered
              ? t('slip.delivered', { date: formatPartialDate(milestone.date, language) })
              : milestone.date === milestone.promised!.date
                ? t('slip.notYet')
                : t('slip.pending', { date: formatPartialDate(milestone.date, language) });
            return (
              <MilestoneLine key={milestone.id} milestone={milestone} language={language} termLabels={termLabels} onSelectTerm={onSelectTerm}>
                <span class="line-slip">
                  {promised} → {outcome} ·{' '}
                  <span class={`delay band-${delayBand(delayDays)}`}>{t('slip.late', { delay: formatDelay(delayDays, language) })}</span>
                </span>
              </MilestoneLine>
            );
          })}
        </ul>
      )}
      {!expanded && slips.length > firstShown && (
        <button type="button" class="link more" onClick={() => setExpanded(true)}>
          {t('popup.moreSlips', { count: slips.length - firstShown })}
        </button>
      )}
    </section>
  );
}
