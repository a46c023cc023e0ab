import type { Milestone } from '@/utils/dataset/schema';
import type { Language } from '@/utils/dates/format-date';
import { uiText } from '@/utils/i18n/ui-strings';
import { MilestoneLine } from '../milestone-line/MilestoneLine';

/** "À venir": the steps that may happen in the next 12 months, soonest first. */
export function Upcoming({
  milestones,
  language,
  termLabels,
  onSelectTerm,
}: {
  milestones: Milestone[];
  language: Language;
  termLabels: Map<string, string>;
  onSelectTerm: (termId: string) => void;
}) {
  const t = uiText(language);
  return (
    <section class="upcoming" aria-labelledby="upcoming-title">
      <h2 id="upcoming-title">
        {t('popup.upcoming')} <span class="section-hint">{t('popup.upcomingHint')}</span>
      </h2>
      {milestones.length === 0 ? (
        <p class="muted">{t('popup.upcomingNone')}</p>
      ) : (
        <ul class="milestone-lines">
          {milestones.map((milestone) => (
            <MilestoneLine key={milestone.id} milestone={milestone} language={language} termLabels={termLabels} onSelectTerm={onSelectTerm} />
          ))}
        </ul>
      )}
    </section>
  );
}
