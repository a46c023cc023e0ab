// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { LiveSample, type SampleMarking } from '../../components/welcome/LiveSample';
import { resolveLanguage } from '../../utils/i18n/resolve-language';
import { axeViolations } from '../support/axe';
import { contrastFailures, usePageStyles } from '../support/color-scheme';
import { WELCOME_PAGE_CSS } from '../support/welcome-styles';

/** A marker that records what it was given and hands back a marking whose destroy() is watched. */
function recordingMarker() {
  const marked: string[] = [];
  const destroyed: string[] = [];
  const mark = vi.fn(async (paragraph: HTMLElement): Promise<SampleMarking> => {
    const text = paragraph.textContent!;
    marked.push(text);
    return { destroy: () => destroyed.push(text) };
  });
  return { mark, marked, destroyed };
}

describe('LiveSample', () => {
  it('hands the sample paragraph, naming three programmes, to the marker', async () => {
    const { mark, marked } = recordingMarker();
    render(<LiveSample language="fr" mark={mark} />);
    await waitFor(() => expect(mark).toHaveBeenCalledTimes(1));
    expect(marked[0]).toContain('identité nationale de santé (INS)');
    expect(marked[0]).toContain('MSSanté');
    expect(marked[0]).toContain('Mon espace santé');
    expect(mark.mock.calls[0]![0].tagName).toBe('P');
  });

  it('stops the marking when the page goes, and marks the new text when the language changes', async () => {
    const { mark, marked, destroyed } = recordingMarker();
    const { rerender, unmount } = render(<LiveSample language="fr" mark={mark} />);
    await waitFor(() => expect(marked).toHaveLength(1));
    rerender(<LiveSample language="en" mark={mark} />);
    await waitFor(() => expect(marked).toHaveLength(2));
    expect(destroyed).toEqual([marked[0]]);
    expect(marked[1]).toContain('national health identifier (INS)');
    unmount();
    await waitFor(() => expect(destroyed).toEqual(marked));
  });

  it('stops a marking that finishes starting after the page has gone', async () => {
    let finish!: (marking: SampleMarking) => void;
    const destroy = vi.fn();
    const { unmount } = render(<LiveSample language="fr" mark={() => new Promise((resolve) => (finish = resolve))} />);
    unmount();
    finish({ destroy });
    await waitFor(() => expect(destroy).toHaveBeenCalledTimes(1));
  });

  it('says why the sample could not be marked, and keeps the text readable', async () => {
    render(<LiveSample language="en" mark={() => Promise.reject(new Error('no dataset installed'))} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('The sample could not be marked (no dataset installed). Repère marks any article you open the same way.');
    expect(screen.getByText(/Since 2021, every health document/)).toBeTruthy();
  });

  it('speaks English to a browser set to neither French nor English', async () => {
    const { mark, marked } = recordingMarker();
    render(<LiveSample language={resolveLanguage('auto', ['nl-NL'])} mark={mark} />);
    await waitFor(() => expect(marked).toHaveLength(1));
    expect(screen.getByRole('heading', { name: 'Try it here' })).toBeTruthy();
    expect(marked[0]).toMatch(/^Since 2021/);
  });

  for (const scheme of ['light', 'dark'] as const) {
    for (const language of ['fr', 'en'] as const) {
      it(`is accessible and readable in ${scheme} mode, in ${language}, marked or failed`, async () => {
        usePageStyles(scheme, WELCOME_PAGE_CSS);
        for (const mark of [recordingMarker().mark, () => Promise.reject(new Error('boom'))]) {
          const { container } = render(<LiveSample language={language} mark={mark} />);
          await waitFor(() => expect(container.querySelector('.sample')).toBeTruthy());
          await new Promise((resolve) => setTimeout(resolve, 0));
          expect(await axeViolations(container)).toEqual([]);
          expect(contrastFailures(container, scheme)).toEqual([]);
          cleanup();
        }
      });
    }
  }
});
