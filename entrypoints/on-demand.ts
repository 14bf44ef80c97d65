import { ListingController, type OnDemandMode } from './listing.content/controller';

// Injected with activeTab when the user asks TaskLens to read a page no adapter claims.
// The background sets the mode in this isolated world just before injecting.
export default defineUnlistedScript(() => {
  const slot = globalThis as { __tasklensMode?: OnDemandMode };
  const mode = slot.__tasklensMode === 'selection' ? 'selection' : 'page';
  const { controller, created } = ListingController.attach();
  if (created) controller.start();
  controller.analyzeOnDemand(mode);
});
