import type { Language } from '@/utils/dates/format-date';
import { pdfText } from '@/utils/i18n/pdf-strings';
import type { PdfFailure } from '@/utils/pdf/pdf-failure';

function failureText(failure: PdfFailure, language: Language): string {
  const t = pdfText(language);
  switch (failure.kind) {
    case 'too-large':
      return t('pdf.failed.tooLarge', { size: Math.round(failure.bytes / (1024 * 1024)) });
    case 'fetch':
      return failure.status ? t('pdf.failed.fetchStatus', { status: failure.status }) : t('pdf.failed.fetch');
    case 'corrupt':
      return t('pdf.failed.corrupt');
    case 'password':
      return t('pdf.failed.password');
    case 'no-file':
      return t('pdf.failed.noFile');
  }
}

/** Why the PDF is not shown, in the page (never a blank page), with a way to the file itself. */
export function PdfFailureNotice({ failure, fileUrl, language }: { failure: PdfFailure; fileUrl: string | null; language: Language }) {
  const t = pdfText(language);
  return (
    <section class="pdf-notice" role="alert" data-failure={failure.kind}>
      <h1>{t('pdf.failedTitle')}</h1>
      <p>{failureText(failure, language)}</p>
      {fileUrl && failure.kind !== 'no-file' && (
        <p>
          <a href={fileUrl} target="_blank" rel="noopener noreferrer">
            {t('pdf.openOriginal')}
          </a>
        </p>
      )}
    </section>
  );
}
