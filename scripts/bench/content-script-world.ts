import type { Page } from '@playwright/test';

/** Evaluates an expression (source text) somewhere, and returns its JSON value. */
export type Evaluate = (expression: string) => Promise<unknown>;

/**
 * Evaluates in Repère's content-script world of `page`: where a page's
 * lookups really come from, and what Playwright's own `evaluate` (the
 * page's main world) cannot reach. Found through CDP, as the isolated
 * world whose origin is the extension's.
 */
export async function contentScriptWorld(page: Page, extensionId: string): Promise<Evaluate> {
  const cdp = await page.context().newCDPSession(page);
  const worlds: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
  // Enabling replays the contexts that already exist.
  await cdp.send('Runtime.enable');
  const deadline = Date.now() + 10_000;
  let world;
  while (!(world = worlds.find((context) => context.auxData?.type === 'isolated' && context.origin.includes(extensionId)))) {
    if (Date.now() > deadline) throw new Error(`no content-script world of ${extensionId} in ${page.url()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const contextId = world.id;
  return async (expression) => {
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId, awaitPromise: true, returnByValue: true });
    if (exceptionDetails) throw new Error(`content-script world: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as unknown;
  };
}
