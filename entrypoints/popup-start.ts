import { startEarlyRead } from '@/lib/popup/find-tab';

/**
 * Loaded by popup.html before the popup's bundle: it finds the tab and injects the reader
 * (only now, when the user has opened the popup, and only into that tab) while the bundle
 * is still loading. The popup takes the answer over (use-tab-reading.ts) and validates it.
 */
export default defineUnlistedScript(() => void startEarlyRead(location.search));
