import type { CheckResult } from '../../dataset/check-release';
import type { ReleaseErrorCode } from '../../dataset/release-error';

/** The release checker worker's script (entrypoints/release-checker-worker.ts, built as an unlisted script). */
export const CHECKER_WORKER_PATH = '/release-checker-worker.js';

/**
 * Background → checker: check this file. Files travel as Blobs, which are
 * passed by reference: neither side copies megabytes to send one.
 */
export interface CheckMessage {
  id: number;
  file: Blob;
  signatureFile?: string;
  trustedKeys: readonly string[];
  requireSignature: boolean;
  newerThan?: { version: string; hash: string };
  /** The installed release's file, to tell what changed. */
  diffAgainst?: Blob;
}

/** Checker → background: the one answer to check `id`. */
export type CheckerReply =
  | { id: number; ok: true; result: CheckResult }
  | { id: number; ok: false; code: ReleaseErrorCode; detail?: string };

/** Sent to the checker worker first: the port it answers on. */
export interface ConnectMessage {
  kind: 'repere-checker-connect';
  port: MessagePort;
}

/** Sent by the offscreen document to the service worker: the port to its checker worker. */
export interface CheckerPortMessage {
  kind: 'repere-checker-port';
  port: MessagePort;
}

export function isConnectMessage(data: unknown): data is ConnectMessage {
  return (data as ConnectMessage | null)?.kind === 'repere-checker-connect' && (data as ConnectMessage).port instanceof MessagePort;
}

export function isCheckerPortMessage(data: unknown): data is CheckerPortMessage {
  return (data as CheckerPortMessage | null)?.kind === 'repere-checker-port' && (data as CheckerPortMessage).port instanceof MessagePort;
}
