// The browser's own object, not the polyfill: a port needs no promise wrapping, and the
// polyfill's 10 KB would load with every popup open (lib/popup/find-tab.ts does the same).
import { browser } from '@wxt-dev/browser';
import { linkToBackground, type TrackerLink } from '../popup-link/client';
import { PORT_NAME } from '../popup-link/protocol';

let link: TrackerLink | null = null;

/** The popup's one port to the background, which owns the database (lib/popup-link). */
export function trackerLink(): TrackerLink {
  link ??= linkToBackground(() => {
    const port = browser.runtime.connect({ name: PORT_NAME });
    // Reading lastError marks a refused connection as handled; the link reconnects or says so.
    port.onDisconnect.addListener(() => void browser.runtime.lastError);
    return port;
  });
  return link;
}
