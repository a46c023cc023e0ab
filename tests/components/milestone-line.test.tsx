// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { MilestoneLine } from '../../components/milestone-line/MilestoneLine';
import type { Language } from '../../utils/dates/format-date';
import { milestone } from '../unit/timeline/milestone-fixture';
import { axeViolations } from '../support/axe';

const LABELS = new Map([
  ['ins', 'INS'],
  ['dmp', 'DMP'],
]);
const SHARED = milestone({
  id: 'switch',
  date: '2027-Q1',
  kind: 'planned',
  terms: ['ins', 'dmp', 'unknown-term'],
  title: { fr: 'Bascule prévue', en: 'Planned switch' },
});

function renderLine({
  language = 'fr' as Language,
  showTerms = true,
  children = undefined as preact.ComponentChildren,
  item = SHARED,
} = {}) {
  const onSelectTerm = vi.fn();
  // A line is a list item: it is always shown inside a list.
  const view = render(
    <ul>
      <MilestoneLine milestone={item} language={language} termLabels={LABELS} onSelectTerm={onSelectTerm} showTerms={showTerms}>
        {children}
      </MilestoneLine>
    </ul>,
  );
  return { ...view, onSelectTerm };
}

describe('MilestoneLine', () => {
  it('shows the date as a machine-readable time, the title, and one button per programme, and passes axe', async () => {
    const { container } = renderLine();
    const time = container.querySelector('time')!;
    expect(time.textContent).toBe('T1 2027');
    expect(time.getAttribute('datetime')).toBe('2027-Q1');
    expect(screen.getByRole('listitem').textContent).toContain('Bascule prévue');
    // A programme missing from the labels is shown by its id rather than dropped.
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual(['INS', 'DMP', 'unknown-term']);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('opens the programme whose button is clicked, or pressed with the keyboard', () => {
    const { onSelectTerm } = renderLine();
    fireEvent.click(screen.getByRole('button', { name: 'DMP' }));
    expect(onSelectTerm).toHaveBeenCalledWith('dmp');
    // A real <button>: Enter and Space activate it without a key handler of its own.
    expect(screen.getByRole('button', { name: 'INS' }).tagName).toBe('BUTTON');
    expect(screen.getByRole('button', { name: 'INS' }).getAttribute('type')).toBe('button');
  });

  it('speaks English', () => {
    const { container } = renderLine({ language: 'en', item: { ...SHARED, date: '2025-02-27' } });
    expect(container.querySelector('time')!.textContent).toBe('27 February 2025');
    expect(container.textContent).toContain('Planned switch');
  });

  it('leaves the programmes out where the programme is already the heading, and shows extra lines under the title', async () => {
    const { container } = renderLine({ showTerms: false, children: <span class="slip-detail">promis pour 2025</span> });
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    expect(container.querySelector('.slip-detail')?.textContent).toBe('promis pour 2025');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows a title holding HTML as text', () => {
    const { container } = renderLine({ item: { ...SHARED, title: { fr: '<img src=x onerror=alert(1)>', en: 'x' } } });
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
