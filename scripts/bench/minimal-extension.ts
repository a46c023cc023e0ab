import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/**
 * The cost of any content script at all, built by the bench: the same
 * content-script declaration as Repère's (all http/https pages and frames,
 * about:blank frames, document_idle); its script sends one message to its
 * background, reads the page's text once and runs one native regular
 * expression of 14 acronyms over it.
 */
export const MINIMAL_DONE_MARK = 'minimal:done';

export async function writeMinimalExtension(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'repere-minimal-'));
  const manifest = {
    manifest_version: 3,
    name: 'Minimal content script',
    version: '1.0',
    background: { service_worker: 'background.js' },
    content_scripts: [
      { matches: ['http://*/*', 'https://*/*'], js: ['content.js'], all_frames: true, match_about_blank: true, run_at: 'document_idle' },
    ],
  };
  await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
  await writeFile(
    path.join(dir, 'background.js'),
    `chrome.runtime.onMessage.addListener((message, sender, sendResponse) => { sendResponse({ ok: true }); });\n`,
  );
  await writeFile(
    path.join(dir, 'content.js'),
    `chrome.runtime.sendMessage({ type: 'hello' }, () => {
  const text = document.body ? document.body.textContent : '';
  const found = /\\b(?:INS|ApCV|MSSanté|DMP|ENS|ROR|RPPS|ADELI|CPS|HDH|SNDS|ANS|DNS|CNS)\\b/.test(text);
  performance.mark(${JSON.stringify(MINIMAL_DONE_MARK)}, { detail: found });
});\n`,
  );
  return dir;
}
