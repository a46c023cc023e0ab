import type { CheckResult } from '../../dataset/check-release';
import type { ReleaseErrorCode } from '../../dataset/release-error';

/** The release checker worker's script (entrypoints/release-checker-worker.ts, built as an unlisted script). */
export const CHECKER_WORKER_PATH = '/release-checker-worker.js';

/** Background → checker, once per channel: check this file. Files travel as Blobs, passed by reference, never copied. */
export interface CheckMessage {
  file: Blob;
  signatureFile?: string;
  trustedKeys: readonly string[];
  requireSignature: boolean;
  newerThan?: { version: string; hash: string };
  /** The installed release's file, to tell what changed. */
  diffAgainst?: Blob;
}

/** Checker → background: the one answer. */
export type CheckerReply = { ok: true; result: CheckResult } | { ok: false; code: ReleaseErrorCode; detail?: string };

/** The port a checker answers on: sent to the worker first (connect), and by the offscreen document to the service worker (port). */
export interface PortMessage<Kind extends 'repere-checker-connect' | 'repere-checker-port'> {
  kind: Kind;
  port: MessagePort;
}

const isPortMessage = (kind: string) => (data: unknown) => (data as PortMessage<never> | null)?.kind === kind && (data as PortMessage<never>).port instanceof MessagePort;
export const isConnectMessage = isPortMessage('repere-checker-connect') as (data: unknown) => data is PortMessage<'repere-checker-connect'>;
export const isCheckerPortMessage = isPortMessage('repere-checker-port') as (data: unknown) => data is PortMessage<'repere-checker-port'>;
