// @vitest-environment happy-dom
import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { CardMilestoneLine } from '../../components/term-card/CardMilestoneLine';
import type { CardMilestone } from '../../utils/card/card-milestones';
import type { Language } from '../../utils/dates/format-date';
import { axeViolations } from '../support/axe';
import { milestone } from './term-card-fixtures';

/** A card line with its outcome spelt out by hand (not computed), so the test checks only what the line shows. */
function item(base: CardMilestone['milestone'], outcome: CardMilestone['outcome'] = null, sharedWith: CardMilestone['sharedWith'] = []): CardMilestone {
  return { milestone: base, outcome, own: true, sharedWith };
}

function renderLine(line: CardMilestone, language: Language = 'fr') {
  const view = render(
    <ol>
      <li>
        <CardMilestoneLine item={line} language={language} />
      </li>
    </ol>,
  );
  const text = view.container.querySelector('li')!.textContent!.replace(/\s+/g, ' ').trim();
  return { ...view, text };
}

const promised = (date: string, wording?: { fr: string; en: string }) => ({ promised: { date, sources: ['seed-2022-dsih'], ...(wording ? { wording } : {}) } });

describe('CardMilestoneLine', () => {
  it('shows a step without a promise as its date and title only, and passes axe', async () => {
    const { container, text } = renderLine(item(milestone('plain', '2024-03-05', 'done')));
    expect(text).toBe('5 mars 2024 Étape plain');
    expect(container.querySelector('.outcome, .shared')).toBeNull();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says a promise delivered late, with the promised period and the delay', () => {
    const late = item(milestone('late', '2023-03', 'done', promised('2022-Q2')), { state: 'late', delayDays: 244, delivered: true });
    const { container, text } = renderLine(late);
    expect(text).toBe('mars 2023 Étape late prévu T2 2022 · réalisé avec 8 mois de retard');
    expect(container.querySelector('.verdict')!.getAttribute('class')).toBe('verdict verdict-late');
  });

  it('tells a planned step pushed back from a step still not done', () => {
    const pushed = renderLine(item(milestone('pushed', '2027-Q1', 'planned', promised('2024')), { state: 'late', delayDays: 730, delivered: false }));
    expect(pushed.text).toBe('T1 2027 Étape pushed prévu 2024 · repoussé (2 ans de retard)');
    pushed.unmount();
    const open = renderLine(item(milestone('open', '2025', 'slipped', promised('2024-06-30')), { state: 'late', delayDays: 12, delivered: false }));
    expect(open.text).toBe('2025 Étape open prévu 30 juin 2024 · toujours pas réalisé (12 jours de retard)');
  });

  it('quotes the words of the promise when the source gave them', () => {
    const quoted = item(milestone('quoted', '2024-08-01', 'done', promised('2024-Q3', { fr: 'd’ici l’été 2024', en: 'by summer 2024' })), {
      state: 'kept',
    });
    const { container, text } = renderLine(quoted);
    expect(text).toBe('1er août 2024 Étape quoted promis « d’ici l’été 2024 » · tenu');
    expect(container.querySelector('.verdict')!.getAttribute('class')).toBe('verdict verdict-kept');
    expect(renderLine(quoted, 'en').text).toBe('1 August 2024 Step quoted promised “by summer 2024” · kept');
  });

  it('says a cancelled step is cancelled, with or without a promise, and a slipped one without a promise is late', () => {
    const cancelled = renderLine(item(milestone('gone', '2024-02', 'cancelled')));
    expect(cancelled.text).toBe('février 2024 Étape gone abandonné');
    expect(cancelled.container.querySelector('.verdict-cancelled')).not.toBeNull();
    expect(cancelled.container.querySelector('.promised')).toBeNull();
    cancelled.unmount();
    const promisedGone = renderLine(item(milestone('gone2', '2024-02', 'cancelled', promised('2023')), { state: 'cancelled' }));
    expect(promisedGone.text).toBe('février 2024 Étape gone2 prévu 2023 · abandonné');
    promisedGone.unmount();
    const slipped = renderLine(item(milestone('slow', '2025', 'slipped')));
    expect(slipped.text).toBe('2025 Étape slow en retard');
    expect(slipped.container.querySelector('.verdict-late')).not.toBeNull();
  });

  it('names the other programmes a shared step concerns', async () => {
    const shared = item(milestone('shared', '2024-11-15', 'done'), null, [
      { id: 'dmp', label: 'DMP' },
      { id: 'mss', label: 'MSSanté' },
    ]);
    const { container, text } = renderLine(shared);
    expect(text).toBe('15 novembre 2024 Étape shared avec DMP, MSSanté');
    expect(renderLine(shared, 'en').text).toBe('15 November 2024 Step shared with DMP, MSSanté');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows dataset text holding HTML as text', () => {
    const hostile = item(milestone('evil', '2024', 'done', { title: { fr: '<img src=x onerror=alert(1)>', en: 'x' } }), null, [
      { id: 'x', label: '<b>X</b>' },
    ]);
    const { container, text } = renderLine(hostile);
    expect(container.querySelector('img, b')).toBeNull();
    expect(text).toBe('2024 <img src=x onerror=alert(1)> avec <b>X</b>');
  });
});
