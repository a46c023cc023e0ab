/**
 * Why a PDF could not be shown, from what pdf.js or the fetch reported,
 * so the page can say it in the reader's words (not leave a blank page).
 */
export type PdfFailure =
  | { kind: 'too-large'; bytes: number }
  | { kind: 'fetch'; status?: number }
  | { kind: 'corrupt' }
  | { kind: 'password' }
  /**
   * A file of this computer that could not be read: `allowed` false when the
   * browser lets Repère read no local file (Firefox, or Chromium until the
   * reader allows file URLs), true when it may but the file is gone.
   */
  | { kind: 'local-access'; allowed: boolean }
  | { kind: 'no-file' };

/** pdf.js's errors carry their class name in `name` (they cross from the worker as plain objects). */
export function failureOfPdfError(error: unknown): PdfFailure {
  const name = (error as { name?: unknown } | null)?.name;
  const status = (error as { status?: unknown } | null)?.status;
  if (name === 'PasswordException') return { kind: 'password' };
  if (name === 'InvalidPDFException' || name === 'FormatError') return { kind: 'corrupt' };
  if (name === 'ResponseException' || name === 'MissingPDFException' || name === 'UnexpectedResponseException') {
    return typeof status === 'number' && status > 0 ? { kind: 'fetch', status } : { kind: 'fetch' };
  }
  // A fetch refused by the network or by CORS reaches the page as a TypeError.
  if (error instanceof TypeError) return { kind: 'fetch' };
  return { kind: 'corrupt' };
}
