// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { CardGuide } from '../../components/welcome/CardGuide';
import { resolveLanguage } from '../../utils/i18n/resolve-language';
import { PHASE_LABELS } from '../../utils/i18n/phase-labels';
import { axeViolations } from '../support/axe';
import { contrastFailures, usePageStyles } from '../support/color-scheme';
import { WELCOME_PAGE_CSS } from '../support/welcome-styles';

function termsAndMeanings(container: Element): [string, string][] {
  const terms = [...container.querySelectorAll('dt')];
  return terms.map((term) => [term.firstChild!.textContent!.trim(), term.nextElementSibling!.textContent!]);
}

describe('CardGuide', () => {
  it('explains the badge, "au <date>", "vérifié le <date>" and "Depuis cet article", in French', () => {
    const { container } = render(<CardGuide language="fr" />);
    expect(screen.getByRole('heading', { name: 'Lire une fiche' })).toBeTruthy();
    const entries = termsAndMeanings(container);
    // Named with the card's own words (utils/i18n/card-strings.ts), quoted the French way.
    expect(entries.map(([term]) => term)).toEqual(['Le badge', '«\u00a0au <date>\u00a0»', '«\u00a0vérifié le <date>\u00a0»', '«\u00a0Depuis cet article (<date>)\u00a0»']);
    expect(entries[1]![1]).toMatch(/source la plus récente/);
    expect(entries[2]![1]).toMatch(/relu face aux sources/);
  });

  it('shows real badges, labelled as the card labels phases', () => {
    const { container } = render(<CardGuide language="fr" />);
    const badges = [...container.querySelectorAll('.badge')];
    expect(badges.length).toBeGreaterThanOrEqual(3);
    for (const badge of badges) {
      const phase = [...badge.classList].find((name) => name.startsWith('phase-'))!.slice('phase-'.length) as keyof typeof PHASE_LABELS;
      expect(badge.textContent).toBe(PHASE_LABELS[phase].fr);
    }
    // The same labels are read out once, in the sentence, not twice.
    expect(container.querySelector('.sample-badges')!.getAttribute('aria-hidden')).toBe('true');
    expect(container.querySelector('dd')!.textContent).toContain(PHASE_LABELS.deploying.fr);
  });

  it('speaks English when asked, and to a browser set to neither French nor English', () => {
    for (const language of ['en', resolveLanguage('auto', ['es-ES'])] as const) {
      const { container } = render(<CardGuide language={language} />);
      expect(termsAndMeanings(container).map(([term]) => term)).toEqual(['The badge', '“as of <date>”', '“checked <date>”', '“Since this article (<date>)”']);
      expect(container.querySelector('.badge.phase-generalised')!.textContent).toBe('nationwide');
      cleanup();
    }
  });

  for (const scheme of ['light', 'dark'] as const) {
    for (const language of ['fr', 'en'] as const) {
      it(`is accessible and readable in ${scheme} mode, in ${language}`, async () => {
        usePageStyles(scheme, WELCOME_PAGE_CSS);
        const { container } = render(<CardGuide language={language} />);
        expect(await axeViolations(container)).toEqual([]);
        expect(contrastFailures(container, scheme)).toEqual([]);
      });
    }
  }
});
