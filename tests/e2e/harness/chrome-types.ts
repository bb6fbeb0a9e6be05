/** The bits of the `chrome` global that tests call inside the extension (its service worker or its pages). */
declare global {
  const chrome: {
    tabs: {
      query(q: object): Promise<{ id?: number; url?: string }[]>;
      get(id: number): Promise<{ id?: number; url?: string; active: boolean }>;
      update(id: number, props: { active?: boolean }): Promise<unknown>;
    };
    windows: { create(d: { url: string; type: 'popup'; width: number; height: number }): Promise<unknown> };
    action: { getBadgeText(d: object): Promise<string> };
    storage: { local: { set(v: object): Promise<void>; get(k: string): Promise<Record<string, unknown>>; clear(): Promise<void> } };
    alarms: { getAll(): Promise<{ name: string; scheduledTime: number }[]>; clearAll(): Promise<boolean> };
    runtime: { sendMessage(m: object): Promise<{ ok?: boolean } | undefined> };
    scripting: { executeScript(d: { target: { tabId: number }; func: () => unknown }): Promise<{ result?: unknown }[]> };
  };
}
export {};
