import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Chromium to drive: $CHROMIUM_PATH, Debian's /usr/bin/chromium, or Playwright's own download. */
export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  try {
    candidates.push(chromium.executablePath());
  } catch {
    // Playwright has no browser of its own here; that is fine if one of the others exists.
  }
  return candidates.find((path) => path && existsSync(path));
}

export const INSTALL_HINT =
  'No Chromium found. Install it with:  sudo apt-get install -y chromium   (or set CHROMIUM_PATH to a Chromium binary)';

/** Flags for a quiet, offline, headless-capable Chromium with the extension loaded. */
export function chromiumArgs(extensionDir) {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-dev-shm-usage',
    '--disable-quic',
  ];
}
