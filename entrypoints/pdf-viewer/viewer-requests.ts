import { browser } from 'wxt/browser';
import { listenForRequests } from '@/utils/adapters/messaging/listen';
import { parseViewerRequest, unmarkedAnswer } from '@/utils/messaging/contract';
import type { ViewerMarking } from './viewer-marking';


/**
 * Answers the content requests sent to this viewer's tab (ViewerRequest),
 * from the page's first moments: a request that arrives before the
 * document is marked waits for `settled` (the marking, or null when there
 * is nothing to mark) instead of finding no one to answer.
 */
export function listenForViewerRequests(settled: () => Promise<ViewerMarking | null>): () => void {
  let stop = () => {};
  let stopped = false;
  void browser.tabs.getCurrent().then((tab) => {
    if (stopped || tab?.id === undefined) return;
    const tabId = tab.id;
    stop = listenForRequests(
      (message) => {
        const request = parseViewerRequest(message);
        return request && request.tabId === tabId ? request : null;
      },
      async ({ request }) => {
        const marking = await settled();
        return marking ? marking.answer(request) : unmarkedAnswer(request);
      },
    );
  });
  return () => {
    stopped = true;
    stop();
  };
}
