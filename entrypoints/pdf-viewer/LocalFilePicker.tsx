import type { Language } from '@/utils/dates/format-date';
import { pdfText } from '@/utils/i18n/pdf-strings';

/** The first file of a pick or a drop if it is a PDF, by its type or its name (a system may give no type). */
export function pdfFileOf(files: FileList | null | undefined): File | null {
  const file = files?.[0];
  if (!file) return null;
  return file.type === 'application/pdf' || /\.pdf$/i.test(file.name) ? file : null;
}

/**
 * "Choisir un PDF sur cet ordinateur": a button over a file input, for the
 * PDFs an extension may not read by address (every local file in Firefox,
 * and in Chromium until the reader allows file URLs). The file is read in
 * the page and goes nowhere else.
 */
export function LocalFilePicker({ language, onFile, compact = false }: { language: Language; onFile: (file: File) => void; compact?: boolean }) {
  const t = pdfText(language);
  return (
    <label class="button pick-file">
      {compact ? t('pdf.pickAnother') : t('pdf.pick')}
      <input
        type="file"
        class="visually-hidden"
        accept="application/pdf,.pdf"
        onChange={(event) => {
          const input = event.currentTarget;
          const file = pdfFileOf(input.files);
          if (file) onFile(file);
          // The same file chosen again opens again.
          input.value = '';
        }}
      />
    </label>
  );
}
