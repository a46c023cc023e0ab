import { browser } from 'wxt/browser';
import type { Settings } from '../../settings/settings';
import type { BackgroundRequest, BackgroundResponses, ContentRequest, ContentResponses, Envelope, ViewerRequest } from '../../messaging/contract';
import { isViewerUrl } from '../../pdf/viewer-url';

export class MessageError extends Error {
  override name = 'MessageError';
  constructor(
    message: string,
    /** A refused release's code (see ReleaseErrorCode), to word the failure in the page's language. */
    readonly code?: string,
    readonly detail?: string,
  ) {
    super(message);
  }
}

/** Sends a request to the background and returns its answer, or throws its error. */
export async function askBackground<T extends BackgroundRequest>(
  request: T,
): Promise<BackgroundResponses[T['type']]> {
  const envelope = (await browser.runtime.sendMessage(request)) as Envelope<BackgroundResponses[T['type']]> | undefined;
  if (!envelope || typeof envelope !== 'object' || !('ok' in envelope)) {
    throw new MessageError(`no answer from the background to "${request.type}"`);
  }
  if (!envelope.ok) throw new MessageError(envelope.error, envelope.code, envelope.detail);
  return envelope.value;
}

/** Sends a request to one frame of a tab (the top document by default). */
export async function askTab<T extends ContentRequest>(
  tabId: number,
  request: T,
  frameId = 0,
): Promise<ContentResponses[T['type']]> {
  return (await browser.tabs.sendMessage(tabId, request, { frameId })) as ContentResponses[T['type']];
}

/**
 * Sends a content request to Repère's PDF viewer showing in tab `tabId`
 * (an extension page: `tabs.sendMessage` does not reach it, see ViewerRequest).
 */
export async function askViewer<T extends ContentRequest>(tabId: number, request: T): Promise<ContentResponses[T['type']]> {
  const message: ViewerRequest = { type: 'viewer-request', tabId, request };
  const answer = (await browser.runtime.sendMessage(message)) as ContentResponses[T['type']] | undefined;
  if (answer === undefined) throw new MessageError(`no viewer answered "${request.type}" in tab ${tabId}`);
  return answer;
}

/** A content request to a tab, whether it shows a web page (its content script) or Repère's PDF viewer. */
export function askTabContent<T extends ContentRequest>(
  tab: { id: number; url?: string | undefined },
  request: T,
  frameId = 0,
): Promise<ContentResponses[T['type']]> {
  return isViewerUrl(tab.url, browser.runtime.getURL('/')) ? askViewer(tab.id, request) : askTab(tab.id, request, frameId);
}

/** Settings are written by the background only (a privileged request from an extension page). */
export function changeSettings(change: Partial<Settings>): Promise<Settings> {
  return askBackground({ type: 'update-settings', change });
}
