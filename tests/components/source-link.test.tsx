// @vitest-environment happy-dom
import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { SourceLink } from '../../components/source-link/SourceLink';
import { axeViolations } from '../support/axe';

describe('SourceLink', () => {
  it('links a web source in a new tab that tells the publisher nothing, dated as a reader writes it', async () => {
    const { container } = render(
      <SourceLink
        source={{ id: 'ans-2025-ins', title: 'L’INS', publisher: 'ANS', publishedAt: '2025-05-14', url: 'https://esante.gouv.fr/ins' }}
        language="fr"
      />,
    );
    const link = screen.getByRole('link', { name: 'ANS, 14 mai 2025' });
    expect(link.getAttribute('href')).toBe('https://esante.gouv.fr/ins');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows a seed article as text, in English too', async () => {
    const { container } = render(
      <SourceLink
        source={{ id: 'seed-2022', title: 'Trois ans après', publisher: 'DSIH', publishedAt: '2022-06-28', seed: '003_fcd8eb3691d28242.txt' }}
        language="en"
      />,
    );
    expect(screen.queryByRole('link')).toBeNull();
    expect(container.textContent).toMatch(/^DSIH, 28 June 2022 \(.+\)$/);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows a title holding HTML as text', () => {
    const { container } = render(
      <SourceLink
        source={{ id: 'x', title: '<img src=x onerror=alert(1)>', publisher: '<b>Evil</b>', publishedAt: '2025-01-01', url: 'https://example.org/' }}
        language="fr"
      />,
    );
    expect(container.querySelector('img, b')).toBeNull();
    expect(container.textContent).toContain('<b>Evil</b>');
  });
});
