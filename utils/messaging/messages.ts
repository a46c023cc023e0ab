import type { TermDetails } from '../dataset/term-details';
import type { TermIndex } from '../dataset/term-index';
import type { DatasetStatus } from '../database/dataset-status';
import type { BackgroundRequest } from './background-requests';

/**
 * Every message between Repère's contexts, defined once for both sides. The
 * receiving side validates each request before acting on it: the background
 * with Zod (background-requests.ts), content scripts with
 * `parseContentRequest` below. Pages cannot send these messages; another
 * extension context, or a bug, can send anything.
 */

export type { BackgroundRequest };

/** What the background answers to each request type. */
export interface BackgroundResponses {
  'get-index': TermIndex;
  'get-term-details': { version: string; details: TermDetails[] };
  'get-status': DatasetStatus;
  'open-term-page': { opened: boolean };
  'check-updates': DatasetStatus;
  rollback: DatasetStatus;
  'reset-to-bundled': DatasetStatus;
  'import-release': DatasetStatus;
}

/** The background wraps answers so an error travels back as a message. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: string };

/** Requests a content script answers, for its own frame. */
export type ContentRequest =
  | { type: 'page-terms' }
  | { type: 'reveal-term'; id: string }
  | { type: 'step-term'; direction: 'next' | 'previous' };

const TERM_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Validates a request received by a content script. Hand-written rather than
 * Zod because it ships in the content script, which every page pays for;
 * three shapes do not need a schema library.
 */
export function parseContentRequest(message: unknown): ContentRequest | null {
  if (message === null || typeof message !== 'object') return null;
  const { type, id, direction } = message as Record<string, unknown>;
  if (type === 'page-terms') return { type };
  if (type === 'reveal-term' && typeof id === 'string' && id.length <= 60 && TERM_ID.test(id)) return { type, id };
  if (type === 'step-term' && (direction === 'next' || direction === 'previous')) return { type, direction };
  return null;
}

export interface PageTerm {
  id: string;
  count: number;
}

/** Content answers are plain (the `page-terms` shape is a public contract). */
export interface ContentResponses {
  'page-terms': { terms: PageTerm[] };
  'reveal-term': { revealed: boolean };
  'step-term': { termId: string | null; position: number; total: number };
}
