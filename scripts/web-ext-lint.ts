/**
 * Runs Mozilla's `web-ext lint` on the Firefox build: fails on any error,
 * prints every warning with its file so a reviewer's view is visible here.
 */
import { spawnSync } from 'node:child_process';

const result = spawnSync('npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv2', '--output', 'json'], {
  encoding: 'utf8',
});
let report: { summary: Record<string, number>; errors: Message[]; warnings: Message[]; notices: Message[] };
interface Message {
  code: string;
  message: string;
  file?: string;
  line?: number;
}
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
console.log(`web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notices} notices`);
process.exit((report.summary.errors ?? 0) > 0 ? 1 : 0);
