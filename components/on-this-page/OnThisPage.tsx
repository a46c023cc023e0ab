import type { Language } from '@/utils/dates/format-date';
import { uiText } from '@/utils/i18n/ui-strings';
import type { PageTerm } from '@/utils/messaging/contract';

export type PageTermsState =
  | { kind: 'loading' }
  | { kind: 'unavailable' }
  | { kind: 'paused' }
  | { kind: 'disabled' }
  | { kind: 'found'; terms: PageTerm[] };

/** "Sur cette page": the programmes found in the active tab, most frequent first. */
export function OnThisPage({
  state,
  termLabels,
  language,
  onReveal,
}: {
  state: PageTermsState;
  termLabels: Map<string, string>;
  language: Language;
  onReveal: (termId: string) => void;
}) {
  const t = uiText(language);
  return (
    <section class="on-this-page" aria-labelledby="on-this-page-title">
      <h2 id="on-this-page-title">{t('popup.onThisPage')}</h2>
      {state.kind === 'loading' && <p class="muted">…</p>}
      {state.kind === 'unavailable' && <p class="muted">{t('popup.onThisPageUnavailable')}</p>}
      {state.kind === 'paused' && <p class="muted">{t('popup.onThisPagePaused')}</p>}
      {state.kind === 'disabled' && <p class="muted">{t('popup.onThisPageDisabled')}</p>}
      {state.kind === 'found' &&
        (state.terms.length === 0 ? (
          <p class="muted">{t('popup.onThisPageNone')}</p>
        ) : (
          <ul class="page-terms">
            {state.terms.map((term) => (
              <li key={term.id}>
                <button type="button" class="chip" onClick={() => onReveal(term.id)} data-term={term.id}>
                  {termLabels.get(term.id) ?? term.id} <span class="count">{term.count}</span>
                </button>
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
