import type { Language } from '@/utils/dates/format-date';
import { pdfText } from '@/utils/i18n/pdf-strings';
import type { PdfFailure } from '@/utils/pdf/pdf-failure';
import { LocalFilePicker } from './LocalFilePicker';

const IS_FIREFOX = import.meta.env.BROWSER === 'firefox';

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
    case 'local-access':
      if (failure.allowed) return t('pdf.failed.localUnreadable');
      return IS_FIREFOX ? t('pdf.failed.localAccessFirefox') : t('pdf.failed.localAccess');
    case 'no-file':
      return t('pdf.failed.noFile');
  }
}

/**
 * Why the PDF is not shown, in the page (never a blank page), with a way to
 * the file itself: its address, or the file picker for a file of this
 * computer (which an extension page cannot open by a link).
 */
export function PdfFailureNotice({
  failure,
  fileUrl,
  language,
  onFile,
}: {
  failure: PdfFailure;
  /** The document's address; null for a file the reader chose. */
  fileUrl: string | null;
  language: Language;
  onFile: (file: File) => void;
}) {
  const t = pdfText(language);
  const local = !fileUrl || fileUrl.startsWith('file:');
  return (
    <section class="pdf-notice" role="alert" data-failure={failure.kind}>
      <h1>{t('pdf.failedTitle')}</h1>
      <p>{failureText(failure, language)}</p>
      {fileUrl && !local && failure.kind !== 'no-file' && (
        <p>
          <a href={fileUrl} target="_blank" rel="noopener noreferrer">
            {t('pdf.openOriginal')}
          </a>
        </p>
      )}
      {local && (
        <p>
          <LocalFilePicker language={language} onFile={onFile} />
        </p>
      )}
    </section>
  );
}

/** The viewer opened on no document (from the options page): an invitation to choose one, not an error. */
export function PdfPickNotice({ language, onFile }: { language: Language; onFile: (file: File) => void }) {
  const t = pdfText(language);
  return (
    <section class="pdf-notice" data-notice="pick">
      <h1>{t('pdf.pickTitle')}</h1>
      <p>{t('pdf.pickIntro')}</p>
      <p>
        <LocalFilePicker language={language} onFile={onFile} />
      </p>
    </section>
  );
}
