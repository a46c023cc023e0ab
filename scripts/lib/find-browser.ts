import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Finds a Chromium that can load an unpacked extension: the path in
 * REPERE_CHROMIUM (or CHROMIUM_PATH), else Playwright's own Chromium if it
 * was downloaded, else Debian's /usr/bin/chromium. Branded Google Chrome
 * ignores --load-extension, so it is never a fallback.
 */
async function findChromium(): Promise<string | null> {
  for (const name of ['REPERE_CHROMIUM', 'CHROMIUM_PATH']) {
    const fromEnv = process.env[name];
    if (fromEnv) {
      if (!existsSync(fromEnv)) throw new Error(`${name}=${fromEnv}: no such file`);
      return fromEnv;
    }
  }
  try {
    const { chromium } = await import('@playwright/test');
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return bundled;
  } catch {
    // Playwright's browser is not downloaded: that is the usual case here.
  }
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

/** Firefox for the Firefox journeys: REPERE_FIREFOX, else Debian's firefox-esr. */
export function findFirefox(): string | null {
  const fromEnv = process.env.REPERE_FIREFOX;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`REPERE_FIREFOX=${fromEnv}: no such file`);
    return fromEnv;
  }
  for (const candidate of ['/usr/bin/firefox-esr', '/usr/bin/firefox']) if (existsSync(candidate)) return candidate;
  return null;
}

function canInstallWithApt(): boolean {
  return process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
}

function aptInstall(packageName: string): void {
  console.log(`[repere] installing ${packageName} from Debian (apt-get install -y ${packageName})…`);
  execFileSync('apt-get', ['update'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', packageName], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

/**
 * Returns a Chromium path, installing Debian's package when none is found and
 * this machine allows it; otherwise stops with the command to run.
 */
export async function requireChromium(): Promise<string> {
  let found = await findChromium();
  if (!found && canInstallWithApt()) {
    aptInstall('chromium');
    found = await findChromium();
  }
  if (!found) {
    throw new Error(
      'No Chromium found. Install one, then run again:\n' +
        '  Debian/Ubuntu: sudo apt-get install -y chromium\n' +
        '  or: npx playwright install chromium\n' +
        '  or point REPERE_CHROMIUM at a Chromium binary (not branded Google Chrome).',
    );
  }
  return found;
}

export function requireFirefox(): string {
  let found = findFirefox();
  if (!found && canInstallWithApt()) {
    aptInstall('firefox-esr');
    found = findFirefox();
  }
  if (!found) {
    throw new Error(
      'No Firefox found. Install one, then run again:\n' +
        '  Debian/Ubuntu: sudo apt-get install -y firefox-esr\n' +
        '  or point REPERE_FIREFOX at a Firefox binary.',
    );
  }
  return found;
}
