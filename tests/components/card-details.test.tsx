// @vitest-environment happy-dom
import { render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { CardDetails } from '../../components/term-card/CardDetails';
import type { CardMilestone } from '../../utils/card/card-milestones';
import type { CardModel } from '../../utils/card/card-model';
import type { Figure, Source } from '../../utils/dataset/schema';
import type { Language } from '../../utils/dates/format-date';
import { axeViolations } from '../support/axe';
import { milestone } from './term-card-fixtures';

const ANS: Source = { id: 'ans', title: 'Doctrine', publisher: 'ANS', publishedAt: '2025-05-14', url: 'https://esante.gouv.fr/doctrine' };
const SEED: Source = { id: 'seed', title: 'Article de 2022', publisher: 'DSIH', publishedAt: '2022-06-28' };

const figure = (value: number, asOf: string): Figure => ({
  label: { fr: 'Identités qualifiées', en: 'Qualified identities' },
  value,
  unit: 'count',
  asOf,
  sources: ['ans'],
});

const line = (id: string, date: string, kind: CardMilestone['milestone']['kind'], outcome: CardMilestone['outcome'] = null): CardMilestone => ({
  milestone: milestone(id, date, kind, outcome ? { promised: { date: '2022', sources: ['seed'] } } : {}),
  outcome,
  own: true,
  sharedWith: [],
});

/** A model written out by hand: the test checks what the details show of it, not how it is built. */
function model(overrides: Partial<CardModel> = {}): CardModel {
  return {
    termId: 'ins',
    label: 'INS',
    expansion: 'Identité nationale de santé',
    phase: 'mandatory',
    status: { text: 'Obligatoire.', asOf: '2025-05-14', reviewedAt: '2026-11-20', reviewIsOld: false, updatedOn: null, sources: [ANS] },
    replacedBy: null,
    compact: { slip: null, next: null },
    since: { articleDay: '2022-06-28', events: [line('hopitaux', '2023-03', 'done', { state: 'late', delayDays: 60, delivered: true })] },
    upcoming: [line('medico', '2027-Q1', 'planned'), line('ville', '2027-Q3', 'planned')],
    promises: [line('teleservice', '2021-02', 'cancelled', { state: 'cancelled' })],
    promisesListedAbove: 1,
    figures: { current: [figure(5000, '2025-06-01')], history: [figure(20, '2021-01-01')] },
    sources: [ANS, SEED],
    ...overrides,
  };
}

function renderDetails(value: CardModel, language: Language = 'fr') {
  const view = render(<CardDetails model={value} language={language} idPrefix="card-1" />);
  const section = (name: string | RegExp) => within(screen.getByRole('region', { name }));
  return { ...view, section };
}

const text = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('CardDetails', () => {
  it('shows each list as a section named by its heading, counted, in order, and passes axe', async () => {
    const { container, section } = renderDetails(model());
    expect(screen.getAllByRole('heading').map(text)).toEqual([
      'Depuis cet article (28 juin 2022) · 1',
      'À venir · 2',
      'Promis / tenu · 2',
      'Chiffres clés',
      'Chiffres plus anciens (historique)',
      'Sources · 2',
    ]);
    expect(section(/^Depuis cet article/).getAllByRole('listitem').map(text)).toEqual([
      'mars 2023 Étape hopitaux prévu 2022 · réalisé avec 2 mois de retard',
    ]);
    expect(section('À venir · 2').getAllByRole('listitem').map(text)).toEqual(['T1 2027 Étape medico', 'T3 2027 Étape ville']);
    const promises = section('Promis / tenu · 2');
    expect(promises.getAllByRole('listitem').map(text)).toEqual(['février 2021 Étape teleservice prévu 2022 · abandonné']);
    expect(text(container.querySelector('.promises .note'))).toBe('Et 1 autre promesse, déjà dans les listes ci-dessus.');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows figures with their value and date, old ones apart as history', () => {
    const { section } = renderDetails(model());
    expect(section('Chiffres clés').getAllByRole('listitem').map(text)).toEqual(['5 000 Identités qualifiées (1er juin 2025)']);
    expect(section('Chiffres plus anciens (historique)').getAllByRole('listitem').map(text)).toEqual(['20 Identités qualifiées (1er janvier 2021)']);
  });

  it('links every source in a new tab without opener or referrer; a seed article without an address is plain text', () => {
    const { section } = renderDetails(model());
    const sources = section('Sources · 2');
    const link = sources.getByRole('link', { name: 'ANS, 14 mai 2025' });
    expect(link.getAttribute('href')).toBe('https://esante.gouv.fr/doctrine');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(sources.getAllByRole('link')).toHaveLength(1);
    expect(text(sources.getAllByRole('listitem')[1]!)).toBe('DSIH, 28 juin 2022 (article d’origine)');
  });

  it('says when nothing is dated since the article, and counts promises that are all listed above', async () => {
    const { container, section } = renderDetails(model({ since: { articleDay: '2026-01-01', events: [] }, upcoming: [], promises: [], promisesListedAbove: 3 }));
    const since = section(/^Depuis cet article/);
    expect(since.queryAllByRole('listitem')).toHaveLength(0);
    expect(text(container.querySelector('.since p'))).toBe('Rien de daté depuis cet article.');
    expect(screen.queryByRole('region', { name: /À venir/ })).toBeNull();
    expect(text(container.querySelector('.promises h3'))).toBe('Promis / tenu · 3');
    expect(text(container.querySelector('.promises .note'))).toBe('Et 3 autres promesses, déjà dans les listes ci-dessus.');
    // The "since" section already says there is nothing: no second empty message.
    expect(container.querySelector('.empty')).toBeNull();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('without an article date, no steps, figures or sources: one sentence pointing to the timeline', async () => {
    const { container } = renderDetails(
      model({ since: null, upcoming: [], promises: [], promisesListedAbove: 0, figures: { current: [], history: [] }, sources: [] }),
    );
    expect(screen.queryAllByRole('heading')).toHaveLength(0);
    expect(text(container.querySelector('.empty'))).toBe(
      'Aucune étape datée à montrer ici : la chronologie donne toutes celles du programme.',
    );
    expect(await axeViolations(container)).toEqual([]);
  });

  it('speaks English', async () => {
    const { container, section } = renderDetails(model(), 'en');
    expect(section('Coming up · 2').getAllByRole('listitem').map(text)).toEqual(['Q1 2027 Step medico', 'Q3 2027 Step ville']);
    expect(screen.getByRole('region', { name: 'Key figures' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'ANS, 14 May 2025' })).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('keeps section ids unique per card, so two cards on one page do not share headings', () => {
    render(
      <>
        <CardDetails model={model()} language="fr" idPrefix="card-1" />
        <CardDetails model={model()} language="fr" idPrefix="card-2" />
      </>,
    );
    const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
