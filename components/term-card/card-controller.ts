import { askBackground } from '@/utils/adapters/messaging/send';
import { detectPublicationDate } from '@/utils/article-date/detect-publication-date';
import { buildCardModel } from '@/utils/card/card-model';
import type { TermDetails } from '@/utils/dataset/term-details';
import { todayIso } from '@/utils/dates/format-date';
import { resolveLanguage } from '@/utils/i18n/resolve-language';
import type { Mark } from '@/utils/marking/mark';
import type { ContentSettings } from '@/utils/settings/settings';
import type { CardHost } from './card-host';

/**
 * The card side of a page: fetches a term's details when the pointer comes
 * to rest on it (the 120 ms before a hover opens are enough for the round
 * trip and, in a web page, for loading the card's code the first time),
 * then shows the one card of the document, with the article's date for
 * "since this article" read once per page (or given, as the PDF viewer
 * does from the document's metadata).
 */
export class CardController {
  private host: CardHost | null = null;
  private hostLoading: Promise<CardHost> | null = null;
  private readonly details = new Map<string, Promise<TermDetails | null>>();
  private articleDay: string | null | undefined;
  private shownMark: Mark | null = null;
  private destroyed = false;
  private readonly document: Document;
  private readonly window: Window & typeof globalThis;
  private settings: ContentSettings;
  private readonly onActiveChange: (mark: Mark | null) => void;
  private readonly createHost: (document: Document) => CardHost | Promise<CardHost>;

  constructor({
    window,
    settings,
    onActiveChange,
    createHost,
    articleDay,
  }: {
    window: Window & typeof globalThis;
    settings: ContentSettings;
    onActiveChange: (mark: Mark | null) => void;
    /** The card's host: made at once in an extension page, its code loaded on first use in a web page. */
    createHost: (document: Document) => CardHost | Promise<CardHost>;
    /** The document's publication day when the caller knows it; otherwise read from the page. */
    articleDay?: string | null;
  }) {
    this.window = window;
    this.document = window.document;
    this.settings = settings;
    this.onActiveChange = onActiveChange;
    this.createHost = createHost;
    if (articleDay !== undefined) this.articleDay = articleDay;
  }

  get isOpen(): boolean {
    return this.host?.isOpen ?? false;
  }

  isOpenOn(mark: Mark): boolean {
    return this.isOpen && this.shownMark === mark;
  }

  contains(target: EventTarget | null): boolean {
    return this.host?.contains(target) ?? false;
  }

  get openMark(): Mark | null {
    return this.isOpen ? this.shownMark : null;
  }

  setSettings(settings: ContentSettings): void {
    if (settings.language !== this.settings.language) this.close();
    this.settings = settings;
  }

  /** Starts what opening the card on `termId` needs, so the open itself waits for nothing. */
  prepare(termId: string): void {
    void this.ensureHost().catch(() => undefined);
    void this.detailsOf(termId);
  }

  async open(mark: Mark, { focus, position }: { focus: boolean; position?: { index: number; total: number } | null }): Promise<void> {
    const requestedAt = performance.now();
    const [host, details] = await Promise.all([this.ensureHost(), this.detailsOf(mark.termId)]);
    if (!details || this.destroyed || !mark.node.isConnected) return;
    const language = resolveLanguage(this.settings.language, this.window.navigator.languages ?? []);
    // Read once per page: null means "looked, found none".
    if (this.articleDay === undefined) this.articleDay = detectPublicationDate(this.document);
    const model = buildCardModel({ details, language, today: todayIso(), articleDay: this.articleDay });
    this.shownMark = mark;
    this.onActiveChange(mark);
    host.show({
      model,
      language,
      anchor: mark.range,
      focus,
      position: position ?? null,
      onClose: () => this.close(),
      onOpenTimeline: (termId) =>
        void askBackground({ type: 'open-term-page', id: termId, ...(this.articleDay ? { articleDate: this.articleDay } : {}) }),
    });
    // From the decision to open to the frame that shows the card (read by `npm run bench`).
    this.window.requestAnimationFrame(() => performance.measure('repere:card', { start: requestedAt }));
  }

  close(): void {
    this.host?.hide();
    this.shownMark = null;
    this.onActiveChange(null);
  }

  /** A new dataset: details fetched before belong to the old one. */
  forgetDetails(): void {
    this.details.clear();
  }

  destroy(): void {
    this.destroyed = true;
    this.host?.destroy();
    this.host = null;
    this.details.clear();
  }

  private ensureHost(): Promise<CardHost> {
    this.hostLoading ??= Promise.resolve(this.createHost(this.document)).then((host) => {
      this.host = host;
      return host;
    });
    return this.hostLoading;
  }

  private detailsOf(termId: string): Promise<TermDetails | null> {
    let found = this.details.get(termId);
    if (!found) {
      found = askBackground({ type: 'get-term-details', ids: [termId] }).then(
        ({ details }) => details[0] ?? null,
        () => null,
      );
      this.details.set(termId, found);
    }
    return found;
  }
}
