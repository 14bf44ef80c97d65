import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium, INSTALL_HINT } from '../../scripts/chromium-path.mjs';
import { EXTENSION_DIR } from './harness';

export default function globalSetup() {
  if (!findChromium()) throw new Error(INSTALL_HINT);
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}. Run \`npm run build\` first (npm test does).`);
  }
}
