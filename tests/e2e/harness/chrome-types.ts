/** The bits of the `chrome` global that tests call inside the extension's service worker. */
declare global {
  const chrome: {
    tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
    action: { getBadgeText(d: object): Promise<string> };
    storage: { local: { set(v: object): Promise<void>; get(k: string): Promise<Record<string, unknown>> } };
    alarms: { getAll(): Promise<{ name: string; scheduledTime: number }[]> };
  };
}
export {};
