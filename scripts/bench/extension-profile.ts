import type { CDPSession, Page } from '@playwright/test';
import { median } from './stats';

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
  /**
   * Attributed time by the function that was running (self time), keyed
   * "function (file)": where the cost goes, for a report that must say what
   * stands between a figure and its target.
   */
  selfMsByFrame: Record<string, number>;
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
  const selfUs = new Map<string, number>();
  profile.samples.forEach((nodeId, index) => {
    // Each sample stands for the interval up to the next one.
    const us = profile.timeDeltas[index + 1] ?? profile.timeDeltas[index] ?? 0;
    const name = byId.get(nodeId)?.callFrame.functionName ?? '';
    if (name !== '(idle)' && name !== '(program)') totalUs += us;
    if (attributed.has(nodeId)) {
      const frame = byId.get(nodeId)!.callFrame;
      const key = `${frame.functionName || '(anonymous)'} (${frame.url.split('/').pop() || 'native'})`;
      selfUs.set(key, (selfUs.get(key) ?? 0) + us);
      attributedUs += us;
      runUs += us;
      longestUs = Math.max(longestUs, runUs);
    } else {
      runUs = 0;
    }
  });
  return {
    attributedMs: attributedUs / 1000,
    longestRunMs: longestUs / 1000,
    totalSampledMs: totalUs / 1000,
    selfMsByFrame: Object.fromEntries([...selfUs].map(([key, us]) => [key, us / 1000])),
  };
}

/**
 * Profiles a fresh tab from just before it navigates to `url` until
 * `settle` resolves (and a quiet half second after it). The tab's first
 * navigation commits in the renderer of its initial empty document, the
 * one being profiled, and finds that renderer cold, as a reader's first
 * page on a site does (warming it on a page of the same site first let
 * V8's caches hide most of the cost of compiling the extension's code and
 * regular expressions).
 */
export async function profileNavigation(
  page: Page,
  { url, origins, settle }: { url: string; origins: readonly string[]; settle: (page: Page) => Promise<void> },
): Promise<ExtensionCost> {
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

/** Each frame's self time, averaged over the runs (a mean: the parts of a median need not add up). */
function meanSelfTime(costs: ExtensionCost[]): Record<string, number> {
  const sums = new Map<string, number>();
  for (const cost of costs) for (const [key, ms] of Object.entries(cost.selfMsByFrame)) sums.set(key, (sums.get(key) ?? 0) + ms);
  return Object.fromEntries([...sums].map(([key, ms]) => [key, ms / costs.length]));
}

/** The median run's figures, over several runs. */
export const medianCost = (costs: ExtensionCost[]): ExtensionCost => ({
  attributedMs: median(costs.map((cost) => cost.attributedMs)),
  longestRunMs: median(costs.map((cost) => cost.longestRunMs)),
  totalSampledMs: median(costs.map((cost) => cost.totalSampledMs)),
  selfMsByFrame: meanSelfTime(costs),
});

/** The heaviest frames of a cost, heaviest first. */
export function topFrames(cost: ExtensionCost, count: number): { frame: string; ms: number }[] {
  return Object.entries(cost.selfMsByFrame)
    .map(([frame, ms]) => ({ frame, ms }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, count);
}
