import type { CDPSession, Page } from '@playwright/test';

/**
 * What a reader pays for an extension on a page: every main-thread sample
 * of V8's sampling profiler, on the page's renderer, that has one of the
 * extension's frames anywhere on its stack (script evaluation, callbacks,
 * and the native calls made from them), from navigation until the page has
 * settled. A benchmark that counts only the slices an extension times
 * itself misses most of this.
 */
export interface ExtensionCost {
  /** Sum of the attributed samples' intervals. */
  attributedMs: number;
  /** The longest unbroken run of attributed samples: the longest task it caused. */
  longestRunMs: number;
  /** All samples' time (any code on the page), for context. */
  totalSampledMs: number;
}

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Attributes a finished profile's samples to the extensions whose URLs start with one of `origins`. */
export function attributeProfile(profile: Profile, origins: readonly string[]): ExtensionCost {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const attributed = new Set<number>();
  const visit = (id: number, inherited: boolean) => {
    const node = byId.get(id)!;
    const own = inherited || origins.some((origin) => node.callFrame.url.startsWith(origin));
    if (own) attributed.add(id);
    for (const child of node.children ?? []) visit(child, own);
  };
  const childIds = new Set(profile.nodes.flatMap((node) => node.children ?? []));
  for (const node of profile.nodes) if (!childIds.has(node.id)) visit(node.id, false);

  let attributedUs = 0;
  let totalUs = 0;
  let runUs = 0;
  let longestUs = 0;
  profile.samples.forEach((nodeId, index) => {
    // Each sample stands for the interval up to the next one.
    const us = profile.timeDeltas[index + 1] ?? profile.timeDeltas[index] ?? 0;
    const name = byId.get(nodeId)?.callFrame.functionName ?? '';
    if (name !== '(idle)' && name !== '(program)') totalUs += us;
    if (attributed.has(nodeId)) {
      attributedUs += us;
      runUs += us;
      longestUs = Math.max(longestUs, runUs);
    } else {
      runUs = 0;
    }
  });
  return { attributedMs: attributedUs / 1000, longestRunMs: longestUs / 1000, totalSampledMs: totalUs / 1000 };
}

/**
 * Profiles `page` from just before it navigates to `url` until `settle`
 * resolves (and a quiet half second after it). The page first opens a blank
 * page on the same origin so the navigation stays in the renderer that is
 * being profiled.
 */
export async function profileNavigation(
  page: Page,
  { url, blankUrl, origins, settle }: { url: string; blankUrl: string; origins: readonly string[]; settle: (page: Page) => Promise<void> },
): Promise<ExtensionCost> {
  await page.goto(blankUrl, { waitUntil: 'load' });
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await settle(page);
  await page.waitForTimeout(500);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  await cdp.detach();
  return attributeProfile(profile, origins);
}
