/**
 * npm test — every check, in the order a failure is cheapest to find:
 * typecheck, lint, unit tests, build both browsers, web-ext lint, the store
 * pictures from the Chromium build, the demo (the README's first command),
 * then the end-to-end tests in a real headless Chromium (and Firefox where
 * present).
 * Stops at the first failure and exits non-zero.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { requireChromium, requireFirefox } from './lib/find-browser';

interface Step {
  name: string;
  command: string;
  args: string[];
  env?: Record<string, string>;
}

function run(step: Step): void {
  const started = Date.now();
  console.log(`\n▶ ${step.name}: ${[step.command, ...step.args].join(' ')}`);
  const result = spawnSync(step.command, step.args, {
    stdio: 'inherit',
    env: { ...process.env, ...step.env },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✖ ${step.name} failed (${seconds} s)`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${step.name} (${seconds} s)`);
}

const chromium = await requireChromium();
const browsers = [`Chromium (${chromium})`];
let firefox: string | null = null;
try {
  firefox = requireFirefox();
  browsers.push(`Firefox (${firefox})`);
} catch (error) {
  console.warn(`[repere] ${(error as Error).message}\n[repere] the Firefox journeys will be skipped.`);
}
console.log(`[repere] end-to-end tests will run in: ${browsers.join(', ')}`);

const npx = 'npx';
run({ name: 'typecheck', command: npx, args: ['tsc', '--noEmit'] });
run({ name: 'lint', command: npx, args: ['eslint', '.'] });
run({ name: 'unit tests', command: npx, args: ['vitest', 'run'] });
run({ name: 'build (Chromium)', command: npx, args: ['wxt', 'build'] });
run({ name: 'build (Firefox)', command: npx, args: ['wxt', 'build', '-b', 'firefox'] });
run({ name: 'web-ext lint (Firefox build)', command: npx, args: ['tsx', 'scripts/web-ext-lint.ts'] });
// The store pictures come from the Chromium build just made, and are checked
// for their stores' sizes: about half a minute, far cheaper than the e2e suite.
run({ name: 'store assets (Chromium build)', command: npx, args: ['tsx', 'scripts/store-assets.ts', '--no-build'], env: { REPERE_CHROMIUM: chromium } });
// The README's first command, headless: what a newcomer runs first keeps working.
run({ name: 'demo (headless)', command: npx, args: ['tsx', 'scripts/demo.ts', '--headless'], env: { REPERE_CHROMIUM: chromium } });
run({ name: 'end-to-end (Chromium)', command: npx, args: ['playwright', 'test'], env: { REPERE_CHROMIUM: chromium } });
if (firefox && existsSync('tests/e2e-firefox/run.ts')) {
  run({ name: 'end-to-end (Firefox)', command: npx, args: ['tsx', 'tests/e2e-firefox/run.ts'], env: { REPERE_FIREFOX: firefox } });
}
console.log(`\n✔ all checks passed — browsers: ${browsers.join(', ')}`);
