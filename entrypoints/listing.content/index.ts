import { CONTENT_SCRIPT_MATCHES } from '@/lib/sites/registry';
import { ListingController } from './controller';

// Not in the manifest: the background injects it only into tabs showing a listing (see
// background/listing-injector.ts), so the supported sites' other pages run no TaskLens code at all.
// `matches` becomes the host permissions that allow that injection.
export default defineContentScript({
  matches: CONTENT_SCRIPT_MATCHES,
  registration: 'runtime',
  // WXT would otherwise post its start message, with the extension's id, to the page.
  noScriptStartedPostMessage: true,
  // WXT's context is not used: the page can fire the "newer script started" event it listens for
  // and so invalidate it. The controller is one per isolated world and ends only with the extension.
  main() {
    const { controller, created } = ListingController.attach();
    if (created) controller.start();
  },
});
