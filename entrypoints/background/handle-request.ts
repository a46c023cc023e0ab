import { browser, type Browser } from 'wxt/browser';
import { markChangesSeen, readDatasetStatus } from '@/utils/adapters/storage/dataset-status';
import type { RepereDatabase } from '@/utils/adapters/storage/repere-database';
import { loadSettings, updateSettings } from '@/utils/adapters/settings/settings-store';
import { ReleaseError } from '@/utils/dataset/release-error';
import {
  isExtensionPageSender,
  isPrivilegedRequest,
  type BackgroundRequest,
  type BackgroundResponses,
  type Envelope,
} from '@/utils/messaging/contract';
import type { Settings } from '@/utils/settings/settings';
import { ROADMAP_PAGE, roadmapSearch } from '@/utils/timeline/roadmap-params';
import type { DatasetService } from './dataset-service';
import type { PdfTabsService } from './pdf-redirect';
import { pageSetupFor } from './page-setup';
import type { ReleaseSync } from './sync/release-sync';

export interface BackgroundServices {
  db: RepereDatabase;
  dataset: DatasetService;
  sync: ReleaseSync;
  pdfTabs: PdfTabsService;
}

/** Answers one validated request; errors travel back in the envelope. */
export async function handleRequest(
  request: BackgroundRequest,
  sender: Browser.runtime.MessageSender,
  services: BackgroundServices,
): Promise<Envelope<BackgroundResponses[BackgroundRequest['type']]>> {
  const extension = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
  if (isPrivilegedRequest(request) && !isExtensionPageSender(sender, extension)) {
    // A content script (or anything but the extension's own pages) may read, never change.
    return { ok: false, error: `"${request.type}" is accepted only from Repère's own pages` };
  }
  try {
    return { ok: true, value: await answer(request, sender, services) };
  } catch (error) {
    if (error instanceof ReleaseError) {
      return { ok: false, error: error.message, code: error.code, ...(error.detail !== undefined ? { detail: error.detail } : {}) };
    }
    return { ok: false, error: String((error as Error)?.message ?? error) };
  }
}

const ROLLED_BACK = { fr: 'Version précédente rétablie.', en: 'Previous version restored.' };
const RESET = { fr: 'Jeu de données intégré rétabli.', en: 'Bundled dataset restored.' };

async function answer(
  request: BackgroundRequest,
  sender: Browser.runtime.MessageSender,
  { db, dataset, sync, pdfTabs }: BackgroundServices,
): Promise<BackgroundResponses[BackgroundRequest['type']]> {
  switch (request.type) {
    case 'page-setup':
      // The tab's address decides (a site switched off covers its frames too).
      return pageSetupFor({ url: sender.tab?.url ?? sender.url ?? '', settings: await loadSettings(), dataset });
    case 'get-index':
      return dataset.termIndex();
    case 'get-term-details':
      return dataset.termDetails(request.ids);
    case 'get-status':
      return readDatasetStatus(db);
    case 'open-term-page': {
      // The full-page roadmap, on the programme, with the article's date line when the card knows it.
      const search = roadmapSearch({ term: request.id, ...(request.articleDate ? { article: request.articleDate } : {}) });
      await browser.tabs.create({ url: browser.runtime.getURL(`/${ROADMAP_PAGE}${search}`) });
      return { opened: true };
    }
    case 'check-updates':
      await sync.checkNow({ reason: 'user' });
      return readDatasetStatus(db);
    case 'rollback':
      await sync.userChange(async () => (await dataset.rollback(), { message: ROLLED_BACK }));
      return readDatasetStatus(db);
    case 'reset-to-bundled':
      await sync.userChange(async () => (await dataset.resetToBundled(), { message: RESET }));
      return readDatasetStatus(db);
    case 'import-release':
      await sync.importFromFile({ text: request.text, ...(request.signature ? { signatureFile: request.signature } : {}) });
      return readDatasetStatus(db);
    case 'update-settings':
      return updateSettings(request.change as Partial<Settings>);
    case 'mark-changes-seen':
      await markChangesSeen(db, request.seq);
      return { seen: true };
    case 'pdf-bypass':
      await pdfTabs.allowBrowserViewerOnce(request.tabId, request.url);
      return { remembered: true };
    case 'pdf-in-tab': {
      const url = await pdfTabs.shownIn(request.tabId);
      if (url === null) return { url: null };
      // The tab may have moved on since (a page that was not a response, such as a history step).
      const tab = await browser.tabs.get(request.tabId).catch(() => undefined);
      return { url: tab?.url === url ? url : null };
    }
  }
}
