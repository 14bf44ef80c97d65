import { CONTENT_SCRIPT_MATCHES } from '@/lib/sites/registry';
import { ListingController } from './controller';

// Not in the manifest: the background injects it only into tabs showing a listing (see
// background/listing-injector.ts), so the supported sites' other pages run no TaskLens code at all.
// `matches` becomes the host permissions that allow that injection.
export default defineContentScript({
  matches: CONTENT_SCRIPT_MATCHES,
  registration: 'runtime',
  main(ctx) {
    const { controller, created } = ListingController.attach(ctx);
    if (created) controller.start();
  },
});
