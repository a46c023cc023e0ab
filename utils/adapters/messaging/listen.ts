import { browser, type Browser } from 'wxt/browser';

/**
 * Registers a message handler that validates each request with `parse`
 * (null: not a request for this listener) and answers asynchronously. Messages that do not match the schema are
 * left for other listeners (returning false), so the background's and the
 * content script's listeners never answer each other's requests.
 */
export function listenForRequests<Request extends { type: string }>(
  parse: (message: unknown) => Request | null,
  handle: (request: Request, sender: Browser.runtime.MessageSender) => Promise<unknown>,
): () => void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (response: unknown) => void) => {
    const request = parse(message);
    if (request === null) return false;
    handle(request, sender).then(sendResponse, (error: unknown) => {
      console.error('[Repère]', request.type, error);
      sendResponse(undefined);
    });
    // Chrome keeps the channel open only when the listener returns true.
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
