import type { Language } from '@/utils/dates/format-date';
import { uiText } from '@/utils/i18n/ui-strings';
import type { TabTerm } from '@/utils/timeline/page-terms-sum';

export type PageTermsState =
  | { kind: 'loading' }
  | { kind: 'unavailable' }
  | { kind: 'paused' }
  | { kind: 'disabled' }
  | { kind: 'found'; terms: TabTerm[] };

/**
 * "Sur cette page": the programmes found in the active tab, all its frames
 * summed, those of the page itself first. A click reveals the first
 * occurrence in the frame that has it.
 */
export function OnThisPage({
  state,
  termLabels,
  language,
  onReveal,
}: {
  state: PageTermsState;
  termLabels: Map<string, string>;
  language: Language;
  onReveal: (term: TabTerm) => void;
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
                <button type="button" class="chip" onClick={() => onReveal(term)} data-term={term.id}>
                  {termLabels.get(term.id) ?? term.id} <span class="count">{term.count}</span>
                </button>
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
