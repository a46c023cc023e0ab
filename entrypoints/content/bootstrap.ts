import { askBackground } from '@/utils/adapters/messaging/send';
import { unmarkedAnswer, type ContentRequest, type ContentResponses, type PageSetup } from '@/utils/messaging/contract';
import { CandidateWatch } from './candidate-watch';
import { loadStage, type ContentSession } from './stages';

/**
 * What runs on every page and frame: one request for the page's setup,
 * one read of the page's text and one native test of it (see
 * utils/matcher/prefilter.ts). A page that names no programme ends there,
 * watched cheaply for text that arrives later; a page with a candidate
 * loads the marker, which does the rest.
 */
export class Bootstrap {
  private readonly window: Window & typeof globalThis;
  private readonly isValid: () => boolean;
  private setup: PageSetup | null = null;
  private watch: CandidateWatch | null = null;
  private session: Promise<ContentSession> | null = null;
  private destroyed = false;
  /** The page's setup asked and applied (or failed): a question asked before then waits for it. */
  private started: Promise<void> = Promise.resolve();

  constructor({ window, isValid }: { window: Window & typeof globalThis; isValid: () => boolean }) {
    this.window = window;
    this.isValid = isValid;
  }

  start(): Promise<void> {
    this.started = askBackground({ type: 'page-setup' }).then((setup) => {
      if (this.destroyed || !this.isValid()) return;
      this.apply(setup);
    });
    return this.started;
  }

  /**
   * Answers for the frame: the marker's session when there is one, "nothing
   * here" otherwise. A popup opened as the page loads asks before the setup
   * has come back: it is answered once the page knows whether it is marked.
   */
  async answer(request: ContentRequest): Promise<ContentResponses[ContentRequest['type']]> {
    if (request.type === 'page-setup-changed') {
      this.apply(request.setup);
      return { applied: true };
    }
    await this.started.catch(() => undefined);
    if (this.session) return (await this.session).answer(request);
    return unmarkedAnswer(request);
  }

  destroy(): void {
    this.destroyed = true;
    this.watch?.stop();
    this.watch = null;
    void this.session?.then((session) => session.destroy());
    this.session = null;
  }

  private apply(setup: PageSetup): void {
    const previous = this.setup;
    this.setup = setup;
    if (!setup.active) {
      // Paused, or this site switched off: everything Repère added goes.
      this.watch?.stop();
      this.watch = null;
      void this.session?.then((session) => session.destroy());
      this.session = null;
      return;
    }
    if (this.session) {
      void this.session.then((session) => session.applySetup(setup));
      return;
    }
    if (this.watch && previous?.datasetHash === setup.datasetHash) return;
    this.watch?.stop();
    const root = this.window.document.body ?? this.window.document.documentElement;
    if (!root) return;
    const watch = new CandidateWatch({ window: this.window, prefilter: setup.prefilter, onCandidate: () => this.loadMarker() });
    this.watch = watch;
    if (watch.mayName(root.textContent ?? '')) return this.loadMarker();
    watch.start(root);
  }

  private loadMarker(): void {
    if (this.session || !this.setup || this.destroyed) return;
    // Text arriving in a page whose extension was reloaded: asking tells WXT
    // the context is gone, which tears this bootstrap down (index.ts).
    if (!this.isValid()) return;
    const setup = this.setup;
    const shadowRoots = [...(this.watch?.shadowRoots ?? [])];
    this.watch?.stop();
    this.watch = null;
    this.session = loadStage('marker')
      .then((marker) => marker.createSession({ window: this.window, setup, isValid: this.isValid }))
      .then((session) => {
        for (const shadowRoot of shadowRoots) session.include(shadowRoot);
        return session;
      });
    this.session.catch((error: unknown) => {
      // The background may be updating or restarting: this page stays unmarked.
      if (this.isValid()) console.warn('[Repère] could not start on this page', error);
    });
  }
}
