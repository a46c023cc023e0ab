import type { ReleaseErrorCode } from '../../dataset/release-error';
import type { CheckRequest } from '../network/check-release';
import type { HttpValidators } from '../network/fetch-release';
import type { ReleaseRecords } from '../../dataset/release-records';

/** The release checker worker's script (entrypoints/release-checker-worker.ts, built as an unlisted script). */
export const CHECKER_WORKER_PATH = '/release-checker-worker.js';

/** Background → checker: run this check. */
export interface CheckMessage {
  kind: 'check';
  id: number;
  request: CheckRequest;
}

/** Background → checker: send the next message of check `id`'s answer. */
export interface NextMessage {
  kind: 'next';
  id: number;
}

export type CheckerRequest = CheckMessage | NextMessage;

/**
 * Checker → background. A verified release comes as a few `records`
 * messages and its file's text as `text` pieces, then `done`, each sent
 * when the background asks for the next: each message is small, so
 * receiving one holds the background for a moment only, and lookups are
 * answered in between.
 */
export type CheckerReply =
  | { id: number; kind: 'records'; records: Partial<Omit<ReleaseRecords, 'head'>> }
  | { id: number; kind: 'text'; piece: string }
  | { id: number; kind: 'done'; result: CheckSummary }
  | { id: number; kind: 'failed'; code: ReleaseErrorCode | null; detail?: string };

/** A check's result as the checker sends it: a verified release's records came before. */
export type CheckSummary =
  | { status: 'not-modified' }
  | { status: 'unchanged'; validators?: HttpValidators }
  | { status: 'verified'; head: ReleaseRecords['head']; validators?: HttpValidators };

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
