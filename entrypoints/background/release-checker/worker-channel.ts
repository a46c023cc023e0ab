import { startCheckerWorker } from '@/utils/adapters/workers/start-checker-worker';
import type { CheckerChannel } from './release-checker';

/** Firefox: its background page can start the release checker worker itself. */
export async function openWorkerChannel(): Promise<CheckerChannel> {
  const { worker, port } = startCheckerWorker();
  return {
    port,
    close: async () => {
      port.close();
      worker.terminate();
    },
  };
}
