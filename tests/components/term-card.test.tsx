// @vitest-environment happy-dom
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { TermCard } from '../../components/term-card/TermCard';
import type { CardModel } from '../../utils/card/card-model';
import type { Language } from '../../utils/dates/format-date';
import { axeViolations } from '../support/axe';
import { cardModel, milestone, STORY } from './term-card-fixtures';

function renderCard(model: CardModel, { language = 'fr' as Language, expanded = false, position = null as { index: number; total: number } | null } = {}) {
  const onToggleExpanded = vi.fn();
  const onOpenTimeline = vi.fn();
  const onClose = vi.fn();
  const view = render(
    <TermCard
      model={model}
      language={language}
      expanded={expanded}
      onToggleExpanded={onToggleExpanded}
      position={position}
      onClose={onClose}
      onOpenTimeline={onOpenTimeline}
    />,
  );
  const card = view.container.querySelector('.card') as HTMLElement;
  return { ...view, card, onToggleExpanded, onOpenTimeline, onClose };
}

const text = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('TermCard', () => {
  it('opens compact: name, badge, status with its dates, the largest slip, the next step and a count of events since the article', async () => {
    const { card, container, onToggleExpanded } = renderCard(await cardModel());
    const dialog = screen.getByRole('dialog', { name: 'INS' });
    expect(dialog.getAttribute('data-state')).toBe('compact');
    expect(text(card.querySelector('.expansion'))).toBe('Identité nationale de santé');
    expect(text(card.querySelector('.badge'))).toBe('obligatoire');
    expect(text(card.querySelector('.status'))).toBe('Obligatoire depuis 2021. au 14 mai 2025 · vérifié le 20 novembre 2026');
    // Largest delay among INS's own steps: promised by the end of 2022-Q2, done in March 2023.
    expect(text(card.querySelector('.slip'))).toBe('Plus gros retard mars 2023 Étape ins-hopitaux prévu T2 2022 · réalisé avec 8 mois de retard');
    expect(text(card.querySelector('.next'))).toContain('Prochaine étape T1 2027 Étape ins-medico-social');
    expect(text(card.querySelector('.since-count'))).toBe('Depuis cet article (28 juin 2022) : 3 événements');
    // The whole lists are one step away, not here.
    expect(card.querySelector('.details')).toBeNull();
    const more = screen.getByRole('button', { name: 'Tout voir' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(more);
    expect(onToggleExpanded).toHaveBeenCalledOnce();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('expands to every event since the article, counted, each milestone once, with cancelled and shared steps labelled', async () => {
    const { card, container } = renderCard(await cardModel(), { expanded: true });
    expect(card.getAttribute('data-state')).toBe('expanded');
    expect(screen.getByRole('button', { name: 'Réduire' }).getAttribute('aria-expanded')).toBe('true');
    const since = within(card.querySelector('.since') as HTMLElement);
    expect(text(since.getByRole('heading'))).toBe('Depuis cet article (28 juin 2022) · 3');
    const events = since.getAllByRole('listitem').map(text);
    expect(events).toEqual([
      'mars 2023 Étape ins-hopitaux prévu T2 2022 · réalisé avec 8 mois de retard',
      'février 2024 Étape ins-teleservice-abandonne prévu 2023 · abandonné',
      '15 novembre 2024 Étape ins-dmp-alimentation promis « d’ici l’été 2024 » · réalisé avec 2 mois de retard avec DMP',
    ]);
    expect(text(card.querySelector('.upcoming h3'))).toBe('À venir · 1');
    expect(card.querySelector('.verdict-cancelled')).not.toBeNull();
    // Every late or cancelled promise is already listed above: said, not repeated.
    expect(text(card.querySelector('.promises h3'))).toBe('Promis / tenu · 4');
    expect(card.querySelector('.promises li')).toBeNull();
    expect(text(card.querySelector('.promises .note'))).toBe('Et 4 autres promesses, déjà dans les listes ci-dessus.');
    const titles = [...card.querySelectorAll('.details li .title')].map(text);
    expect(new Set(titles).size).toBe(titles.length);
    expect(text(card.querySelector('.all-sources h3'))).toBe('Sources · 2');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows a next step that is also the largest slip once, with its delay', async () => {
    const story = STORY.map((item) =>
      item.id === 'ins-medico-social' ? { ...item, promised: { date: '2024', sources: ['seed-2022-dsih'] } } : item,
    );
    const { card } = renderCard(await cardModel({ milestones: story }));
    expect(card.querySelector('.slip')).toBeNull();
    expect(text(card.querySelector('.next'))).toBe('Prochaine étape T1 2027 Étape ins-medico-social prévu 2024 · repoussé (2 ans de retard)');
  });

  it('has no "since this article" line when the page has no date', async () => {
    const { card, container } = renderCard(await cardModel({ articleDay: null }));
    expect(card.querySelector('.since-count')).toBeNull();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says so when nothing is dated since the article, in compact and expanded', async () => {
    const model = await cardModel({ articleDay: '2026-01-01' });
    const compact = renderCard(model);
    expect(text(compact.card.querySelector('.since-count'))).toBe('Depuis cet article (1er janvier 2026) : rien de daté');
    compact.unmount();
    const { card, container } = renderCard(model, { expanded: true });
    expect(text(card.querySelector('.since h3'))).toBe('Depuis cet article (1er janvier 2026) · 0');
    expect(text(card.querySelector('.since p'))).toBe('Rien de daté depuis cet article.');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('names the programme that replaced a replaced one', async () => {
    const model = await cardModel({
      termId: 'dmp',
      change: (term) => {
        term.status.phase = 'replaced';
        term.replacedBy = 'ins';
      },
    });
    const { card, container } = renderCard(model);
    expect(text(card.querySelector('.badge'))).toBe('remplacé');
    expect(text(card.querySelector('.replaced'))).toBe('Remplacé par INS');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('speaks English, expanded and compact, with the stepping position', async () => {
    const model = await cardModel({ language: 'en' });
    const { card, container } = renderCard(model, { language: 'en', position: { index: 3, total: 17 } });
    expect(card.getAttribute('lang')).toBe('en');
    expect(text(card.querySelector('.position'))).toBe('3 of 17');
    expect(text(card.querySelector('.status'))).toBe('Mandatory since 2021. as of 14 May 2025 · checked 20 November 2026');
    expect(text(card.querySelector('.since-count'))).toBe('Since this article (28 June 2022): 3 events');
    expect(screen.getByRole('button', { name: 'See all' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Close' })).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);
    const expanded = renderCard(model, { language: 'en', expanded: true });
    expect(text(expanded.card.querySelector('.since li'))).toBe('March 2023 Step ins-hopitaux planned for Q2 2022 · done 8 months late');
    expect(await axeViolations(expanded.container)).toEqual([]);
  });

  it('warns quietly when the status was last checked more than six months ago', async () => {
    const model = await cardModel({ change: (term) => (term.status.reviewedAt = '2026-04-30') });
    const { card } = renderCard(model);
    const review = card.querySelector('.review-old');
    expect(text(review)).toBe('⚠ vérifié le 30 avril 2026, il y a plus de six mois');
    // The sign is decoration: screen readers hear the sentence.
    expect(review?.querySelector('[aria-hidden="true"]')?.textContent).toBe('⚠ ');
  });

  it('keeps a very long status whole in the text (clamped by CSS in compact) and whole when expanded', async () => {
    const long = 'Une phrase très longue sur le déploiement. '.repeat(27).trim();
    const model = await cardModel({ change: (term) => (term.status.summary.fr = long) });
    const { card, container } = renderCard(model);
    expect(card.querySelector('.summary')?.textContent).toBe(long);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('gives a sensible card to a term with no milestones, no figures and no source records', async () => {
    const model = await cardModel({
      milestones: [],
      articleDay: null,
      change: (term, release) => {
        term.figures = [];
        release.sources = [];
      },
    });
    const { card, container } = renderCard(model, { expanded: true });
    expect(text(card.querySelector('.summary'))).toBe('Obligatoire depuis 2021.');
    expect(text(card.querySelector('.empty'))).toContain('Aucune étape datée');
    expect(card.querySelector('.sources, .figures, .since, .upcoming, .promises')).toBeNull();
    expect(await axeViolations(container)).toEqual([]);
    const compact = renderCard(model);
    expect(compact.card.querySelector('.glance')?.children).toHaveLength(0);
    expect(await axeViolations(compact.container)).toEqual([]);
  });

  it('shows figures older than two years as history, apart from the present ones', async () => {
    const model = await cardModel({
      change: (term) => {
        const base = term.figures[0]!;
        term.figures = [
          { ...base, value: 5000, asOf: '2025-06-01' },
          { ...base, value: 20, asOf: '2021-01-01' },
        ];
      },
    });
    const { card } = renderCard(model, { expanded: true });
    expect(text(card.querySelector('.figures:not(.history) h3'))).toBe('Chiffres clés');
    expect(text(card.querySelector('.figures:not(.history) li'))).toBe('5 000 Identités qualifiées (1er juin 2025)');
    expect(text(card.querySelector('.figures.history h3'))).toBe('Chiffres plus anciens (historique)');
    expect(text(card.querySelector('.figures.history li'))).toBe('20 Identités qualifiées (1er janvier 2021)');
  });

  it('shows HTML and javascript: links from the dataset as inert text', async () => {
    const model = await cardModel({
      milestones: [milestone('evil', '2023-01-01', 'done', { title: { fr: '<img src=x onerror=alert(1)>', en: 'x' } })],
      change: (term, release) => {
        term.label = '<b>INS</b>';
        term.status.summary.fr = '<a href="javascript:alert(1)">clic</a>';
        release.sources[0]!.publisher = '<script>alert(1)</script>';
      },
    });
    const { card } = renderCard(model, { expanded: true });
    expect(card.querySelector('img, b, script, a[href^="javascript"]')).toBeNull();
    expect(text(card.querySelector('.label'))).toBe('<b>INS</b>');
    expect(card.querySelector('.summary')?.textContent).toBe('<a href="javascript:alert(1)">clic</a>');
    expect(card.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(card.textContent).toContain('<script>alert(1)</script>');
  });

  it('opens the timeline and closes from its buttons', async () => {
    const { onOpenTimeline, onClose } = renderCard(await cardModel());
    fireEvent.click(screen.getByRole('button', { name: /Voir la chronologie/ }));
    expect(onOpenTimeline).toHaveBeenCalledWith('ins');
    fireEvent.click(screen.getByRole('button', { name: 'Fermer' }));
    expect(onClose).toHaveBeenCalledOnce();
  });
});
