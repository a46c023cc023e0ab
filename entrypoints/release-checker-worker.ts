import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { isConnectMessage } from '@/utils/adapters/workers/checker-messages';
import { serveChecks } from '@/utils/adapters/workers/serve-checks';

/**
 * A dedicated worker that downloads and verifies releases off the
 * background's thread (started by the offscreen document in Chromium, by
 * the background page in Firefox). Its first message gives it the port it
 * answers on.
 */
export default defineUnlistedScript(() => {
  globalThis.addEventListener('message', ({ data }: MessageEvent) => {
    if (isConnectMessage(data)) serveChecks(data.port);
  });
});
