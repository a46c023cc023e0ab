import type { DatasetStatus } from '../dataset/dataset-status';
import { ID_PATTERN } from '../dataset/ids';
import { isValidPartialDate } from '../dates/partial-date';
import type { TermDetails } from '../dataset/term-details';
import type { MarkerIndex } from '../dataset/term-index';
import type { PagePrefilter } from '../matcher/prefilter';
import type { ContentSettings, Settings } from '../settings/settings';

/**
 * Every message between Repère's contexts, defined once for all of them,
 * with the validators each receiving side runs before acting on a message.
 * Web pages cannot send these messages; another extension context, or a
 * bug, can send anything. The validators are hand-written rather than Zod
 * schemas because this module also ships in the content bootstrap that
 * every page pays for, and Zod cannot be tree-shaken out of a bundle (it
 * brought 88 KB into the bootstrap when tried).
 */

type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields => value !== null && typeof value === 'object' && !Array.isArray(value);
const isTermId = (value: unknown): value is string => typeof value === 'string' && value.length <= 60 && ID_PATTERN.test(value);
const isText = (value: unknown, max: number): value is string => typeof value === 'string' && value.length <= max;
const isIsoDay = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && isValidPartialDate(value);

/**
 * Requests only the extension's own pages (popup, options, roadmap) may
 * make: they change the installed data or the settings. The background
 * refuses them from content scripts (see `isExtensionPageSender`).
 */
export const PRIVILEGED_REQUESTS = [
  'check-updates',
  'rollback',
  'reset-to-bundled',
  'import-release',
  'update-settings',
  'mark-changes-seen',
  'pdf-bypass',
  'pdf-in-tab',
] as const;

const MAX_URL = 8192;
const isWebUrl = (value: unknown): value is string => {
  if (!isText(value, MAX_URL)) return false;
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:' || protocol === 'file:';
  } catch {
    return false;
  }
};
const isTabId = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

/** Requests the background answers. */
export type BackgroundRequest =
  | { type: 'page-setup' }
  | { type: 'get-index' }
  | { type: 'get-term-details'; ids: string[] }
  | { type: 'get-status' }
  /** Opens the roadmap page on a programme; a card adds the article's publication day (YYYY-MM-DD) when it knows it. */
  | { type: 'open-term-page'; id: string; articleDate?: string }
  | { type: 'check-updates' }
  | { type: 'rollback' }
  | { type: 'reset-to-bundled' }
  | { type: 'import-release'; text: string; signature?: string }
  /** The change is re-read field by field by parseSettings, like stored settings. */
  | { type: 'update-settings'; change: Fields }
  /** The popup has shown what changed in install `seq` (see ReleaseHistoryEntry). */
  | { type: 'mark-changes-seen'; seq: number }
  /** The PDF viewer hands this document back to the browser's own viewer, once (the next load of `url` in the tab is not redirected). */
  | { type: 'pdf-bypass'; tabId: number; url: string }
  /** The popup asks whether the tab shows a PDF in the browser's own viewer (its URL, or null). */
  | { type: 'pdf-in-tab'; tabId: number };

const MAX_RELEASE_TEXT = 10 * 1024 * 1024;

/** Validates a request received by the background (null: not one of ours, or malformed). */
export function parseBackgroundRequest(message: unknown): BackgroundRequest | null {
  if (!isObject(message)) return null;
  const { type } = message;
  switch (type) {
    case 'page-setup':
    case 'get-index':
    case 'get-status':
    case 'check-updates':
    case 'rollback':
    case 'reset-to-bundled':
      return { type };
    case 'get-term-details': {
      const { ids } = message;
      return Array.isArray(ids) && ids.length <= 1000 && ids.every(isTermId) ? { type, ids } : null;
    }
    case 'open-term-page': {
      const { id, articleDate } = message;
      if (!isTermId(id)) return null;
      if (articleDate === undefined) return { type, id };
      return isIsoDay(articleDate) ? { type, id, articleDate } : null;
    }
    case 'import-release': {
      const { text, signature } = message;
      if (!isText(text, MAX_RELEASE_TEXT)) return null;
      if (signature === undefined) return { type, text };
      return isText(signature, 1000) ? { type, text, signature } : null;
    }
    case 'update-settings':
      return isObject(message.change) ? { type, change: message.change } : null;
    case 'mark-changes-seen':
      return Number.isSafeInteger(message.seq) ? { type, seq: message.seq as number } : null;
    case 'pdf-bypass':
      return isTabId(message.tabId) && isWebUrl(message.url) ? { type, tabId: message.tabId, url: message.url } : null;
    case 'pdf-in-tab':
      return isTabId(message.tabId) ? { type, tabId: message.tabId } : null;
    default:
      return null;
  }
}

export function isPrivilegedRequest(request: BackgroundRequest): boolean {
  return (PRIVILEGED_REQUESTS as readonly string[]).includes(request.type);
}

/**
 * What a page's bootstrap needs to settle a page: whether Repère runs on
 * it, the settings that shape marking, and one native regular expression
 * that every alias of the installed dataset matches (built once in the
 * background), so a page naming no programme is settled with one test.
 */
export interface PageSetup {
  active: boolean;
  datasetHash: string;
  prefilter: PagePrefilter;
  settings: ContentSettings;
}

/** What the background answers to each request type. */
export interface BackgroundResponses {
  'page-setup': PageSetup;
  'get-index': MarkerIndex;
  'get-term-details': { version: string; details: TermDetails[] };
  'get-status': DatasetStatus;
  'open-term-page': { opened: boolean };
  'check-updates': DatasetStatus;
  rollback: DatasetStatus;
  'reset-to-bundled': DatasetStatus;
  'import-release': DatasetStatus;
  'update-settings': Settings;
  'mark-changes-seen': { seen: boolean };
  'pdf-bypass': { remembered: boolean };
  'pdf-in-tab': { url: string | null };
}

/**
 * The background wraps answers so an error travels back as a message: a
 * refused release also sends its code (the page words it in its own
 * language, see releaseErrorMessage) and its technical detail.
 */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: string; code?: string; detail?: string };

/** Requests a content script answers, for its own frame. */
export type ContentRequest =
  | { type: 'page-terms' }
  | { type: 'reveal-term'; id: string }
  | { type: 'step-term'; direction: 'next' | 'previous' }
  /** Sent by the background to every tab when settings or the dataset change. */
  | { type: 'page-setup-changed'; setup: PageSetup };

/** A page setup as the background sends it (its settings are re-read by `parseSettings`). */
function isPageSetup(value: unknown): value is PageSetup {
  if (!isObject(value)) return false;
  const { active, datasetHash, prefilter, settings } = value;
  return (
    typeof active === 'boolean' &&
    typeof datasetHash === 'string' &&
    isObject(prefilter) &&
    Array.isArray(prefilter.patterns) &&
    prefilter.patterns.every(
      (pattern: unknown) => isObject(pattern) && typeof pattern.source === 'string' && (pattern.flags === '' || pattern.flags === 'i'),
    ) &&
    isObject(settings)
  );
}

/** Validates a request received by a content script (null: not one of ours). */
export function parseContentRequest(message: unknown): ContentRequest | null {
  if (!isObject(message)) return null;
  const { type, id, direction, setup } = message;
  if (type === 'page-terms') return { type };
  if (type === 'reveal-term' && isTermId(id)) return { type, id };
  if (type === 'step-term' && (direction === 'next' || direction === 'previous')) return { type, direction };
  if (type === 'page-setup-changed' && isPageSetup(setup)) return { type, setup };
  return null;
}

/**
 * A content request for Repère's PDF viewer showing in tab `tabId`. The
 * viewer is an extension page, which `tabs.sendMessage` does not reach:
 * the popup (or the background) sends this with `runtime.sendMessage`, and
 * only the viewer in that tab answers, exactly as a content script would.
 */
export interface ViewerRequest {
  type: 'viewer-request';
  tabId: number;
  request: ContentRequest;
}

/** Validates a request received by the PDF viewer (null: not one of ours). */
export function parseViewerRequest(message: unknown): ViewerRequest | null {
  if (!isObject(message) || message.type !== 'viewer-request' || !isTabId(message.tabId)) return null;
  const request = parseContentRequest(message.request);
  return request ? { type: 'viewer-request', tabId: message.tabId, request } : null;
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
  'page-setup-changed': { applied: boolean };
}

/**
 * Whether a message comes from one of the extension's own pages (popup,
 * options, roadmap, viewer), judged by the URL the browser reports for the
 * sender, which a content script cannot change: content scripts run in web
 * pages, whose URL is the page's.
 */
export function isExtensionPageSender(sender: { id?: string; url?: string }, extension: { id: string; origin: string }): boolean {
  if (sender.id !== extension.id || !sender.url) return false;
  try {
    return new URL(sender.url).origin === new URL(extension.origin).origin;
  } catch {
    return false;
  }
}

/** What a frame or viewer with nothing marked answers (no candidate yet, Repère paused, a document that failed). */
export function unmarkedAnswer(request: ContentRequest): ContentResponses[ContentRequest['type']] {
  switch (request.type) {
    case 'page-terms':
      return { terms: [] };
    case 'reveal-term':
      return { revealed: false };
    case 'step-term':
      return { termId: null, position: 0, total: 0 };
    case 'page-setup-changed':
      return { applied: false };
  }
}
