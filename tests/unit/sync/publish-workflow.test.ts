import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const workflow = parse(readFileSync(path.join(ROOT, 'docs/publish-dataset.workflow.yml'), 'utf8')) as {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, { steps: { name?: string; uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string> }[] }>;
};
const scripts = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
const stepRunning = (command: RegExp) => steps.findIndex((step) => command.test(step.run ?? ''));
const stepUsing = (action: string) => steps.findIndex((step) => step.uses?.startsWith(`${action}@`));

describe('the GitHub Pages workflow for dataset releases', () => {
  it('runs on changes to data/ and by hand, with the permissions Pages needs', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['push', 'workflow_dispatch']);
    expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write', contents: 'read' });
  });

  it('checks out, installs, checks, builds and signs, then publishes latest.json and its signature, in that order', () => {
    const order = [
      stepUsing('actions/checkout'),
      stepUsing('actions/setup-node'),
      stepRunning(/^npm ci\b/),
      stepRunning(/npm run dataset:check\b/),
      stepRunning(/npm run dataset:release\b/),
      stepUsing('actions/upload-pages-artifact'),
      stepUsing('actions/deploy-pages'),
    ];
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('signs with the secret key and uploads the folder the release was written to', () => {
    const release = steps[stepRunning(/npm run dataset:release\b/)]!;
    expect(release.env?.REPERE_RELEASE_KEY).toBe('${{ secrets.REPERE_RELEASE_KEY }}');
    const out = /--out\s+(\S+)/.exec(release.run!)?.[1];
    expect(steps[stepUsing('actions/upload-pages-artifact')]!.with?.path).toBe(out);
  });

  it('calls scripts that exist, and the release script reads the key from that variable', () => {
    for (const name of ['dataset:check', 'dataset:release']) expect(scripts[name]).toBeDefined();
    expect(readFileSync(path.join(ROOT, 'scripts/dataset-release.ts'), 'utf8')).toContain('process.env.REPERE_RELEASE_KEY');
  });
});
