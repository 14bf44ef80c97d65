import { CONTENT_SCRIPT_MATCHES } from '@/lib/sites/registry';
import { ListingController } from './controller';

// Runs on every page of the supported sites; it stays idle unless the URL is a listing page.
export default defineContentScript({
  matches: CONTENT_SCRIPT_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    ListingController.attach(ctx).controller.start();
  },
});
