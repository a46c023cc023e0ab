import { defineContentScript } from 'wxt/utils/define-content-script';
import { listenForRequests } from '@/utils/adapters/messaging/listen';
import { parseContentRequest } from '@/utils/messaging/contract';
import '@/utils/marking/highlights.css';
import { Bootstrap } from './bootstrap';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // Every frame reads its own document; about:blank frames inherit their parent's origin.
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  // The highlight rules (a few ::highlight() lines) come with the manifest:
  // the browser injects them, no <style> element is added to the page.
  cssInjectionMode: 'manifest',
  async main(ctx) {
    // Articles are HTML. SVG images and XML feeds opened as pages are left alone.
    if (!(document instanceof HTMLDocument)) return;
    const bootstrap = new Bootstrap({ window, isValid: () => ctx.isValid });
    const stopListening = listenForRequests(parseContentRequest, (request) => bootstrap.answer(request));
    // An extension update or reload: take everything down (listeners,
    // observers, marks, the card), so nothing is left orphaned in the page.
    ctx.onInvalidated(() => {
      stopListening();
      bootstrap.destroy();
    });
    await bootstrap.start();
  },
});
