import { browser } from 'wxt/browser';
import type { BackgroundRequest, BackgroundResponses, Envelope } from '@/utils/messaging/messages';
import { readDatasetStatus } from '@/utils/database/dataset-status';
import type { RepereDatabase } from '@/utils/database/repere-database';
import { ReleaseError } from '@/utils/dataset/release-error';
import type { DatasetService } from './dataset-service';
import type { ReleaseSync } from './sync/release-sync';

export interface BackgroundServices {
  db: RepereDatabase;
  dataset: DatasetService;
  sync: ReleaseSync;
}

/** Answers one validated request; errors travel back in the envelope. */
export async function handleRequest(
  request: BackgroundRequest,
  services: BackgroundServices,
): Promise<Envelope<BackgroundResponses[BackgroundRequest['type']]>> {
  try {
    return { ok: true, value: await answer(request, services) };
  } catch (error) {
    const message = error instanceof ReleaseError ? error.message : String((error as Error)?.message ?? error);
    return { ok: false, error: message };
  }
}

async function answer(
  request: BackgroundRequest,
  { db, dataset, sync }: BackgroundServices,
): Promise<BackgroundResponses[BackgroundRequest['type']]> {
  switch (request.type) {
    case 'get-index':
      return dataset.termIndex();
    case 'get-term-details':
      return dataset.termDetails(request.ids);
    case 'get-status':
      return readDatasetStatus(db);
    case 'open-term-page':
      await browser.tabs.create({ url: browser.runtime.getURL(`/popup.html#term=${encodeURIComponent(request.id)}`) });
      return { opened: true };
    case 'check-updates':
      await sync.checkNow({ reason: 'user' });
      return readDatasetStatus(db);
    case 'rollback':
      await sync.recordManualChange(() => dataset.rollback());
      return readDatasetStatus(db);
    case 'reset-to-bundled':
      await sync.recordManualChange(() => dataset.resetToBundled());
      return readDatasetStatus(db);
    case 'import-release':
      await sync.importFromFile({ text: request.text, ...(request.signature ? { signatureFile: request.signature } : {}) });
      return readDatasetStatus(db);
  }
}
