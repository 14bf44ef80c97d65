import { existsSync } from 'node:fs';

/** Firefox to drive: $FIREFOX_PATH, Debian's firefox-esr, or a firefox on the usual path. */
export function findFirefox() {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  return candidates.find((path) => path && existsSync(path));
}

export const FIREFOX_INSTALL_HINT =
  'No Firefox found. Install it with:  sudo apt-get install -y firefox-esr   (or set FIREFOX_PATH to a Firefox binary, 140 or later)';
