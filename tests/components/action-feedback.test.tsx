// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ActionFeedback, useAction } from '../../components/action-feedback/ActionFeedback';
import { MessageError } from '../../utils/adapters/messaging/send';
import { axeViolations } from '../support/axe';

function Control({ action, language = 'fr' }: { action: () => Promise<unknown>; language?: 'fr' | 'en' }) {
  const [run, feedback] = useAction(language);
  return (
    <div>
      <button type="button" onClick={() => void run(action)}>
        Go
      </button>
      <ActionFeedback feedback={feedback} language={language} />
    </div>
  );
}

describe('ActionFeedback', () => {
  it('says "Fait." after a success', async () => {
    const { container } = render(<Control action={async () => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: 'Go' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Fait.'));
    expect(await axeViolations(container)).toEqual([]);
  });

  it('words a refused release in the page’s language, the English detail folded away', async () => {
    const { container } = render(<Control action={async () => Promise.reject(new MessageError('Failed to fetch', 'network', 'Failed to fetch'))} />);
    fireEvent.click(screen.getByRole('button', { name: 'Go' }));
    await waitFor(() => expect(container.querySelector('.error p')?.textContent).toBe('Le serveur des mises à jour est injoignable.'));
    expect(container.querySelector('details code')?.textContent).toBe('Failed to fetch');
  });

  it('links to the address field when none is configured', async () => {
    render(<Control action={async () => Promise.reject(new MessageError('No update address', 'no-url'))} />);
    fireEvent.click(screen.getByRole('button', { name: 'Go' }));
    await waitFor(() => expect(screen.getByRole('link', { name: 'Saisir l’adresse des mises à jour' }).getAttribute('href')).toBe('options.html#update-url'));
  });

  it('reads any other error as a generic failure, its text as the detail', async () => {
    const { container } = render(<Control language="en" action={async () => Promise.reject(new Error('boom'))} />);
    fireEvent.click(screen.getByRole('button', { name: 'Go' }));
    await waitFor(() => expect(container.querySelector('.error p')?.textContent).toBe('The operation failed; nothing was changed.'));
    expect(container.querySelector('details code')?.textContent).toBe('boom');
  });
});
