import type { PDFDocumentProxy } from 'pdfjs-dist';

/**
 * Each page's text as pdf.js extracts it, one line per text item (as its
 * text layer draws them), page after page: what the census of the whole
 * document reads. Extracting runs in pdf.js's worker, one page at a time.
 */
export async function* pageLines(document: PDFDocumentProxy): AsyncGenerator<string[]> {
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    yield content.items.flatMap((item) => ('str' in item && item.str !== '' ? [item.str] : []));
  }
}
