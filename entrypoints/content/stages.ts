import { browser } from 'wxt/browser';
import type { CardHost } from '@/components/term-card/card-host';
import type { ContentRequest, ContentResponses, PageSetup } from '@/utils/messaging/contract';

/**
 * The parts of the content script loaded only where they are needed. The
 * bootstrap, declared in the manifest, runs on every page and frame and
 * stays small; the marker (matcher, highlighter, observers) is loaded where
 * the page test finds a candidate, the card (Preact) on the first hover.
 * They are extension files imported from the content script's own world
 * (web_accessible_resources), and hand themselves over through a registry
 * in that world, which the page's scripts cannot see.
 */

export interface ContentSession {
  answer(request: ContentRequest): Promise<ContentResponses[ContentRequest['type']]>;
  /** New settings or a new dataset. */
  applySetup(setup: PageSetup): Promise<void>;
  /** A subtree the bootstrap found (an open shadow root) to read and watch too. */
  include(root: Node): void;
  destroy(): void;
}

export interface MarkerStage {
  createSession(options: { window: Window & typeof globalThis; setup: PageSetup; isValid: () => boolean }): Promise<ContentSession>;
}

export interface CardStage {
  createCardHost(document: Document): CardHost;
}

interface Stages {
  marker?: MarkerStage;
  card?: CardStage;
}

const REGISTRY = Symbol.for('repere.content-stages');
const FILES: Record<keyof Stages, string> = { marker: '/content-marker.js', card: '/content-card.js' };

function registry(): Stages {
  const world = globalThis as unknown as Record<symbol, Stages>;
  return (world[REGISTRY] ??= {});
}

export function registerStage<Name extends keyof Stages>(name: Name, stage: NonNullable<Stages[Name]>): void {
  registry()[name] = stage;
}

const loading = new Map<keyof Stages, Promise<unknown>>();

export async function loadStage<Name extends keyof Stages>(name: Name): Promise<NonNullable<Stages[Name]>> {
  const loaded = registry()[name];
  if (loaded) return loaded;
  if (!loading.has(name)) {
    const getUrl = browser.runtime.getURL as (path: string) => string;
    loading.set(name, import(/* @vite-ignore */ getUrl(FILES[name])));
  }
  await loading.get(name);
  const stage = registry()[name];
  if (!stage) throw new Error(`the ${name} stage did not register`);
  return stage;
}
