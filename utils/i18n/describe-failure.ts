import type { Language } from '../dates/format-date';
import { releaseErrorMessage } from '../dataset/release-error';

/** A failure as a page shows it: a plain sentence in the page's language, and the technical detail apart. */
export interface FailureText {
  message: string;
  detail?: string;
  /** A refused release's code ("no-url" gets a link to the address field). */
  code?: string;
}

/**
 * Words a failed request for the reader. A refused release comes with its
 * code (see Envelope): its sentence is ours, in the page's language; any
 * other error reads as a generic failure, its own text kept as the detail.
 */
export function describeFailure(error: unknown, language: Language): FailureText {
  const { code, detail, message } = (error ?? {}) as { code?: string; detail?: string; message?: string };
  if (code) return { code, message: releaseErrorMessage(code)[language], ...(detail ? { detail } : {}) };
  return { message: releaseErrorMessage('failed')[language], ...(message ? { detail: message } : {}) };
}
