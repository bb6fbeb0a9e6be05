import { readProfile } from '@/lib/linkedin';

/**
 * Injected by the popup (activeTab + scripting.executeScript) only when the user
 * opens Coffee Chat on a profile. It reads, returns a plain object and ends:
 * nothing is written to LinkedIn's page and no listener is left behind.
 */
export default defineUnlistedScript(() => readProfile(document, location.href));
