// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { pdfFileOf } from '../../entrypoints/pdf-viewer/LocalFilePicker';
import { PdfFailureNotice, PdfPickNotice } from '../../entrypoints/pdf-viewer/PdfNotice';
import { axeViolations } from '../support/axe';

const pdfFile = (name = 'rapport.pdf', type = 'application/pdf') => new File(['%PDF-1.7'], name, { type });

function choose(input: HTMLInputElement, files: File[]): void {
  Object.defineProperty(input, 'files', { configurable: true, value: files });
  fireEvent.change(input);
}

describe('the PDF viewer’s notices', () => {
  it('invites the reader to choose a local PDF when opened on no document, and hands over the file chosen', async () => {
    const chosen: File[] = [];
    const { container } = render(<PdfPickNotice language="fr" onFile={(file) => chosen.push(file)} />);
    expect(screen.getByRole('heading').textContent).toBe('Ouvrir un PDF dans Repère');
    expect(container.querySelector('[role="alert"]')).toBeNull();
    choose(screen.getByLabelText('Choisir un PDF sur cet ordinateur') as HTMLInputElement, [pdfFile()]);
    expect(chosen.map((file) => file.name)).toEqual(['rapport.pdf']);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('explains a local file it may not read, with the picker and no link an extension page could not follow', async () => {
    const { container } = render(
      <PdfFailureNotice failure={{ kind: 'local-access', allowed: false }} fileUrl="file:///home/reader/rapport.pdf" language="en" onFile={() => undefined} />,
    );
    expect(screen.getByRole('alert').textContent).toContain('Allow access to file URLs');
    expect(screen.getByLabelText('Choose a PDF on this computer')).toBeTruthy();
    expect(container.querySelector('a')).toBeNull();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('links a web PDF that failed to its address, without the picker', () => {
    const { container } = render(
      <PdfFailureNotice failure={{ kind: 'fetch', status: 404 }} fileUrl="https://example.org/a.pdf" language="fr" onFile={() => undefined} />,
    );
    expect(screen.getByRole('alert').textContent).toContain('erreur 404');
    expect(container.querySelector('a')?.getAttribute('href')).toBe('https://example.org/a.pdf');
    expect(container.querySelector('input[type="file"]')).toBeNull();
  });

  it('takes a dropped or chosen file for a PDF by its type, or by its name when the system gives no type', () => {
    const list = (...files: File[]) => files as unknown as FileList;
    expect(pdfFileOf(list(pdfFile()))?.name).toBe('rapport.pdf');
    expect(pdfFileOf(list(pdfFile('RAPPORT.PDF', '')))?.name).toBe('RAPPORT.PDF');
    expect(pdfFileOf(list(pdfFile('notes.txt', 'text/plain')))).toBeNull();
    expect(pdfFileOf(list(pdfFile('notes', '')))).toBeNull();
    expect(pdfFileOf(list())).toBeNull();
    expect(pdfFileOf(null)).toBeNull();
  });
});
