import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { composeAsk, type ComposeResult } from '../../lib/compose';
import type { Profile } from '../../lib/linkedin/schema';
import type { Settings } from '../../lib/settings/schema';
import { loadWorkingDraft, saveWorkingDraft, type WorkingDraft } from '../../lib/shell/popup-drafts';
import { myTimeZone } from '../../lib/shell/settings-store';
import type { Channel, Person } from '../../lib/tracker/schema';

/** A first-degree connection gets a message; everyone else a connection note (ASK.md §3). */
function defaultChannel(profile: Profile, person?: Person): Channel {
  if (person?.draft) return person.draft.channel;
  return profile.connectionDegree === '1st' ? 'message' : 'connection-note';
}

/**
 * The draft the popup shows: composed fresh until the user edits it, then the
 * user's own text, remembered per profile across popup opens.
 */
export function useWorkingDraft(profile: Profile, settings: Settings, now: number, person?: Person) {
  const [wd, setWd] = useState<WorkingDraft | null>(null);
  const [previousEdit, setPreviousEdit] = useState<WorkingDraft | null>(null);
  const loaded = useRef(false);

  useEffect(() => {
    void loadWorkingDraft(profile.url).then((saved) => {
      loaded.current = true;
      const d = person?.draft;
      setWd(saved ?? (d ? { channel: d.channel, hookId: null, subject: d.subject, body: d.body, edited: true } : { channel: defaultChannel(profile, person), hookId: null, body: '', edited: false }));
    });
    // Load once per profile; later person changes must not overwrite the user's typing.
  }, [profile.url]);

  const composed: ComposeResult | null = useMemo(() => {
    if (!wd) return null;
    return composeAsk({
      profile, me: settings.me, channel: wd.channel, tier: settings.tier, hook: wd.hookId ?? undefined,
      minutes: settings.defaultMinutes, now, myTimeZone: myTimeZone(settings),
    });
  }, [profile, settings, wd?.channel, wd?.hookId, now]);

  // Only what the user changed is kept: opening the popup on someone leaves no trace.
  useEffect(() => {
    if (wd && loaded.current && (wd.edited || wd.copiedAt !== undefined)) void saveWorkingDraft(profile.url, wd);
  }, [wd, profile.url]);

  const text = wd?.edited ? { subject: wd.subject, body: wd.body } : { subject: composed?.subject, body: composed?.body ?? '' };
  return {
    ready: wd !== null && composed !== null,
    channel: wd?.channel ?? defaultChannel(profile, person),
    hookId: wd?.hookId ?? composed?.hook?.id ?? null,
    composed,
    text,
    edited: wd?.edited ?? false,
    previousEdit,
    edit: (t: { subject?: string; body: string }) => wd && setWd({ ...wd, ...t, edited: true }),
    setChannel: (channel: Channel) => {
      if (!wd) return;
      if (wd.edited) setPreviousEdit(wd);
      setWd({ ...wd, channel, edited: false });
    },
    setHook: (hookId: string) => {
      if (!wd) return;
      if (wd.edited) setPreviousEdit(wd);
      setWd({ ...wd, hookId, edited: false });
    },
    restoreEdit: () => {
      if (previousEdit) setWd(previousEdit);
      setPreviousEdit(null);
    },
    markCopied: (at: number) => wd && setWd({ ...wd, copiedAt: at }),
    copiedAt: wd?.copiedAt,
  };
}
