import type { CardMilestone } from '@/utils/card/card-milestones';
import type { CardModel } from '@/utils/card/card-model';
import type { Figure } from '@/utils/dataset/schema';
import { formatPartialDate, type Language } from '@/utils/dates/format-date';
import { formatFigureValue } from '@/utils/dates/format-number';
import { cardText } from '@/utils/i18n/card-strings';
import { SourceLink } from '../source-link/SourceLink';
import { CardMilestoneLine } from './CardMilestoneLine';

/**
 * The expanded card: every list complete and counted, each milestone once —
 * what happened since the article, what is coming, the broken promises not
 * already shown, the figures (old ones as history) and every source cited.
 */
export function CardDetails({ model, language, idPrefix }: { model: CardModel; language: Language; idPrefix: string }) {
  const t = cardText(language);
  const date = (value: string) => formatPartialDate(value, language);
  const noSteps = (model.since?.events.length ?? 0) === 0 && model.upcoming.length === 0 && model.promises.length === 0;
  return (
    <div class="details" id={`${idPrefix}-details`}>
      {model.since && (
        <MilestoneSection
          id={`${idPrefix}-since`}
          className="since"
          title={t('card.sinceTitle', { date: date(model.since.articleDay), count: model.since.events.length })}
          items={model.since.events}
          language={language}
          empty={t('card.sinceNothing')}
        />
      )}
      {model.upcoming.length > 0 && (
        <MilestoneSection
          id={`${idPrefix}-upcoming`}
          className="upcoming"
          title={t('card.upcoming', { count: model.upcoming.length })}
          items={model.upcoming}
          language={language}
        />
      )}
      {(model.promises.length > 0 || model.promisesListedAbove > 0) && (
        <MilestoneSection
          id={`${idPrefix}-promises`}
          className="promises"
          title={t('card.promises', { count: model.promises.length + model.promisesListedAbove })}
          items={model.promises}
          language={language}
          note={
            model.promisesListedAbove === 0
              ? undefined
              : model.promisesListedAbove === 1
                ? t('card.promisesAboveOne')
                : t('card.promisesAboveMany', { count: model.promisesListedAbove })
          }
        />
      )}
      {noSteps && !model.since && <p class="empty">{t('card.noSteps')}</p>}
      <FigureSection id={`${idPrefix}-figures`} title={t('card.figures')} figures={model.figures.current} language={language} />
      <FigureSection
        id={`${idPrefix}-history`}
        title={t('card.figuresHistory')}
        figures={model.figures.history}
        language={language}
        history
      />
      {model.sources.length > 0 && (
        <section class="all-sources" aria-labelledby={`${idPrefix}-sources`}>
          <h3 id={`${idPrefix}-sources`}>{t('card.sourcesCount', { count: model.sources.length })}</h3>
          <ul class="sources">
            {model.sources.map((source) => (
              <li key={source.id}>
                <SourceLink source={source} language={language} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function MilestoneSection({
  id,
  className,
  title,
  items,
  language,
  empty,
  note,
}: {
  id: string;
  className: string;
  title: string;
  items: CardMilestone[];
  language: Language;
  empty?: string;
  note?: string;
}) {
  return (
    <section class={className} aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {items.length > 0 ? (
        <ol>
          {items.map((item) => (
            <li key={item.milestone.id}>
              <CardMilestoneLine item={item} language={language} />
            </li>
          ))}
        </ol>
      ) : (
        empty && <p>{empty}</p>
      )}
      {note && <p class="note">{note}</p>}
    </section>
  );
}

function FigureSection({
  id,
  title,
  figures,
  language,
  history = false,
}: {
  id: string;
  title: string;
  figures: Figure[];
  language: Language;
  history?: boolean;
}) {
  if (figures.length === 0) return null;
  return (
    <section class={history ? 'figures history' : 'figures'} aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <ul>
        {figures.map((figure) => (
          <li key={`${figure.label.fr}-${figure.asOf}`}>
            <strong>{formatFigureValue(figure, language)}</strong> {figure.label[language]}{' '}
            <span class="as-of">({formatPartialDate(figure.asOf, language)})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
