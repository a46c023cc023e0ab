import { build } from 'esbuild';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { requireChromium } from '../lib/find-browser';
import { median } from './stats';

const ROOT = path.resolve(import.meta.dirname, '../..');

export async function bundleProbe(file: string): Promise<string> {
  const result = await build({
    entryPoints: [path.join(ROOT, 'scripts/bench/probes', file)],
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
    platform: 'browser',
  });
  return result.outputFiles[0]!.text;
}

export async function launchPlainChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: await requireChromium(),
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * What any visible change costs on `page` as it stands: from adding a small
 * fixed box to the frame after the one that shows it (median of `samples`).
 * Measured in plain Chromium it is the floor under hover-to-card on that
 * page; measured with Repère it adds what its highlights cost each frame.
 */
export async function measureFrameFloor(page: Page, samples = 9): Promise<number> {
  // Source text: tsx would wrap named inner functions in a __name() the page lacks.
  const times = (await page.evaluate(`(async () => {
    const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const box = document.createElement('div');
    box.style.cssText = 'position:fixed;left:10px;top:10px;width:200px;height:100px;background:#fff;z-index:2147483646';
    const times = [];
    for (let i = 0; i < ${samples}; i++) {
      await nextFrame();
      const started = performance.now();
      document.documentElement.append(box);
      await nextFrame();
      times.push(performance.now() - started);
      box.remove();
    }
    return times;
  })()`)) as number[];
  return median(times);
}
