/**
 * Runs Mozilla's `web-ext lint` on the Firefox build: fails on any error and
 * on any warning not explained below, and prints every message with its file
 * so a reviewer's view is visible here.
 */
import { spawnSync } from 'node:child_process';

const result = spawnSync('npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv3', '--output', 'json'], {
  encoding: 'utf8',
});
let report: { summary: Record<string, number>; errors: Message[]; warnings: Message[]; notices: Message[] };
interface Message {
  code: string;
  message: string;
  file?: string;
  line?: number;
}
/**
 * Warnings about library code that a reviewer can check against the source:
 * - Preact's renderer assigns innerHTML only for `dangerouslySetInnerHTML`,
 *   which Repère never uses (an ESLint rule forbids it);
 * - Zod probes `new Function` to compile parsers; Repère sets it jitless
 *   (utils/dataset/schema.ts), so the probe never runs.
 */
const EXPLAINED_WARNINGS = [
  { code: 'UNSAFE_VAR_ASSIGNMENT', why: 'Preact: dangerouslySetInnerHTML path, never used' },
  { code: 'DANGEROUS_EVAL', why: 'Zod: jitless, the Function probe never runs' },
];

try {
  report = JSON.parse(result.stdout);
} catch {
  console.error(result.stdout, result.stderr);
  process.exit(1);
}
for (const kind of ['errors', 'warnings', 'notices'] as const) {
  for (const message of report[kind]) {
    console.log(`${kind.slice(0, -1)}: ${message.code} ${message.file ?? ''}${message.line ? `:${message.line}` : ''} — ${message.message}`);
  }
}
const unexplained = report.warnings.filter((warning) => !EXPLAINED_WARNINGS.some((explained) => explained.code === warning.code));
console.log(
  `web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings (${unexplained.length} unexplained), ${report.summary.notices} notices`,
);
for (const explained of EXPLAINED_WARNINGS) console.log(`  explained: ${explained.code} — ${explained.why}`);
process.exit((report.summary.errors ?? 0) > 0 || unexplained.length > 0 ? 1 : 0);
