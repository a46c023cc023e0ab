import type { Source } from '../dataset/schema';
import { formatPartialDate, type Language } from '../dates/format-date';
import { MILESTONE_KIND_LABELS } from '../i18n/phase-labels';
import { uiText } from '../i18n/ui-strings';
import { formatDelay } from './delay';
import type { LaneMark } from './roadmap-lanes';

/** What a roadmap mark says, as lines of text: for its tooltip, its detail panel and its accessible name. */
export interface MarkDescription {
  title: string;
  /** "T1 2027 · prévu". */
  when: string;
  /** "promis pour T4 2023 → livré le 27 février 2025 · 1 an et 2 mois de retard", for a slip. */
  slip?: string;
  /** "ANS, 14 mai 2025", the first source. */
  source?: string;
}

export function describeMark(mark: LaneMark, sources: Map<string, Source>, language: Language): MarkDescription {
  const t = uiText(language);
  const { milestone } = mark;
  const description: MarkDescription = {
    title: milestone.title[language],
    when: `${formatPartialDate(milestone.date, language)} · ${MILESTONE_KIND_LABELS[milestone.kind][language]}`,
  };
  if (mark.slip && milestone.promised) {
    const promised = t('slip.promised', { date: formatPartialDate(milestone.promised.date, language) });
    const outcome = mark.slip.delivered
      ? t('slip.delivered', { date: formatPartialDate(milestone.date, language) })
      : milestone.date === milestone.promised.date
        ? t('slip.notYet')
        : t('slip.pending', { date: formatPartialDate(milestone.date, language) });
    description.slip = `${promised} → ${outcome} · ${t('slip.late', { delay: formatDelay(mark.slip.delayDays, language) })}`;
  }
  const source = sources.get(milestone.sources[0] ?? '');
  if (source) description.source = `${source.publisher}, ${formatPartialDate(source.publishedAt, language)}`;
  return description;
}

/** The description as one sentence (a mark's accessible name). */
export function markLabel(description: MarkDescription): string {
  return [description.title, description.when, description.slip, description.source].filter(Boolean).join(' — ');
}
