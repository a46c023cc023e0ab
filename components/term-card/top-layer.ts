/**
 * Keeping the card host where it can be seen and used: in the top layer as
 * a manual popover (above any z-index, and above a fullscreen element), and
 * in the document at the one place the pointer reaches it.
 */

/**
 * Puts the host in the document: after <body> usually, but inside the
 * fullscreen element while there is one. Chromium draws a top-layer card
 * above a fullscreen element yet sends the pointer only to that element's
 * subtree: outside it the card would show but close as soon as the pointer
 * moved into it, its links out of reach.
 */
export function attachHost(host: HTMLElement, document: Document): void {
  const fullscreen = document.fullscreenElement;
  if (fullscreen && canHoldCard(fullscreen)) {
    if (host.parentNode !== fullscreen) fullscreen.append(host);
    return;
  }
  const body = document.body ?? document.documentElement;
  if (!host.isConnected || host.parentNode !== body.parentNode) body.after(host);
}

export function showInTopLayer(host: HTMLElement): void {
  try {
    if (typeof host.showPopover === 'function' && !host.matches(':popover-open')) host.showPopover();
  } catch {
    // The host is still fixed-positioned with the highest z-index.
  }
}

/** Shown again from scratch: after a move in the document, or when fullscreen began after the card opened. */
export function raiseAgain(host: HTMLElement): void {
  try {
    if (host.matches(':popover-open')) host.hidePopover();
    host.showPopover();
  } catch {
    // Left where it was: still visible outside fullscreen.
  }
}

export function leaveTopLayer(host: HTMLElement): void {
  try {
    if (host.matches(':popover-open')) host.hidePopover();
  } catch {
    // Not shown as a popover (older browser): removing it is enough.
  }
}

/** Elements that show their children (not a video, image, canvas or embedded document). */
function canHoldCard(element: Element): boolean {
  return (
    element.namespaceURI === 'http://www.w3.org/1999/xhtml' &&
    !['VIDEO', 'AUDIO', 'IMG', 'CANVAS', 'IFRAME', 'EMBED', 'OBJECT'].includes(element.tagName)
  );
}
