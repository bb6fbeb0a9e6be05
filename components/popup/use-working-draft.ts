import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { channelLimit } from '../../lib/compose/limits';
import type { ComposeResult } from '../../lib/compose/types';
import type { Profile } from '../../lib/linkedin/schema';
import type { Settings } from '../../lib/settings/schema';
import { saveWorkingDraft, type WorkingDraft } from '../../lib/shared/working-drafts';
import { myTimeZone } from '../../lib/shared/settings-store';
import { useTrackerQuery } from '../hooks/use-tracker-query';
import { scratchFor } from './first-questions';
import type { Channel, Person } from '../../lib/tracker/schema';

/** A first-degree connection gets a message; everyone else a connection note (ARCHITECTURE.md §3). */
function defaultChannel(profile: Profile, person?: Person): Channel {
  if (person?.draft) return person.draft.channel;
  // An accepted invitation makes them a connection: the ask goes as a message (ARCHITECTURE.md §5).
  return profile.connectionDegree === '1st' || person?.acceptedAt !== undefined ? 'message' : 'connection-note';
}

/**
 * The scratch copy kept for this profile (undefined while loading). Read as soon as the
 * profile is known, alongside the person lookup rather than after it: one wait fewer
 * before the draft shows.
 */
export function useScratchDraft(profileUrl: string | null): WorkingDraft | null | undefined {
  const [got, setGot] = useState<{ url: string; draft: WorkingDraft | null } | null>(null);
  // A layout effect: the read starts in the render that knows the address, not after its paint.
  useLayoutEffect(() => {
    if (!profileUrl) return;
    let alive = true;
    void scratchFor(profileUrl).then((draft) => alive && setGot({ url: profileUrl, draft }));
    return () => {
      alive = false;
    };
  }, [profileUrl]);
  return got && got.url === profileUrl ? got.draft : undefined;
}

/** What the popup starts from: the scratch copy, else a saved draft, else a fresh one on the usual channel. */
export function initialWorkingDraft(profile: Profile, person: Person | undefined, saved: WorkingDraft | null): WorkingDraft {
  const d = person?.draft;
  return saved ?? (d ? { channel: d.channel, hookId: null, subject: d.subject, body: d.body, edited: true } : { channel: defaultChannel(profile, person), hookId: null, body: '', edited: false });
}

/** The background's compose query for this draft and these typed questions (lib/popup-link/answer.ts). */
export function composeQuery(profile: Profile, settings: Settings, now: number, wd: WorkingDraft, questions: readonly string[], why = '') {
  const input = {
    profile, me: settings.me, channel: wd.channel, tier: settings.tier, ...(wd.hookId ? { hook: wd.hookId } : {}), ...(why.trim() ? { why } : {}),
    minutes: settings.defaultMinutes, now, myTimeZone: myTimeZone(settings), questions: questions.slice(0, 10),
  };
  return { name: 'compose' as const, input };
}

/**
 * The draft the popup shows: composed fresh until the user edits it, then the
 * user's own text, remembered per profile across popup opens. `saved` is the scratch
 * copy (useScratchDraft); the Composer is keyed by profile, so this starts once per profile
 * and later person changes never overwrite the user's typing.
 */
export function useWorkingDraft(profile: Profile, settings: Settings, now: number, person: Person | undefined, saved: WorkingDraft | null) {
  const [wd, setWd] = useState<WorkingDraft>(() => initialWorkingDraft(profile, person, saved));
  const [previousEdit, setPreviousEdit] = useState<WorkingDraft | null>(null);
  // The user's own questions, one a line; they come first in the draft (ARCHITECTURE.md §2).
  const [typed, setTyped] = useState('');
  // Why them, in the user's words (the popup asks when the fit is poor); it becomes the draft's reason.
  const [why, setWhy] = useState('');
  const first = useRef(true);

  const questions = useMemo(() => typed.split('\n').map((q) => q.trim()).filter(Boolean), [typed]);
  const query = useMemo(() => composeQuery(profile, settings, now, wd, questions, why), [profile, settings, wd.channel, wd.hookId, now, questions, why]);
  const key = useMemo(() => JSON.stringify(query), [query]);
  // Composed in the background (lib/popup-link/answer.ts), where the composer's code lives, compiled and warm:
  // the popup's budget (80 KB) keeps none of it. The last draft stays up while the next comes (a keystroke).
  // The first is usually on its way already: PopupApp prefetches it (the same query) before this renders.
  const got = useTrackerQuery(query, key, { keepPrevious: true, beforePaint: true });
  // Checked on arrival against ComposedAskSchema (lib/compose/composed-schema.ts); until then, nothing to show.
  const composed: ComposeResult = (got.value as ComposeResult | undefined) ?? {
    body: '', limit: channelLimit(wd.channel, settings.tier).body, length: 0, hook: null, variants: [], hooks: [], suggestions: [], needs: [], blanks: [], fit: { level: 'good', score: 0, note: '' },
  };

  // Only what the user changed is kept: opening the popup on someone leaves no trace
  // (and what was just loaded is not written back).
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (wd.edited || wd.copiedAt !== undefined) void saveWorkingDraft(profile.url, wd);
  }, [wd, profile.url]);

  const text = wd.edited ? { subject: wd.subject, body: wd.body } : { subject: composed.subject, body: composed.body };
  return {
    channel: wd.channel,
    hookId: wd.hookId ?? composed.hook?.id ?? null,
    composed,
    /** The background couldn't write the draft (the popup says so; what was typed stays). */
    composeError: got.error,
    /** There is a draft to show: the first answer came (or failed), or the user's own text is kept. */
    ready: got.value !== undefined || got.error !== null || wd.edited,
    text,
    edited: wd.edited,
    previousEdit,
    edit: (t: { subject?: string; body: string }) => setWd({ ...wd, ...t, edited: true }),
    setChannel: (channel: Channel) => {
      if (wd.edited) setPreviousEdit(wd);
      setWd({ ...wd, channel, edited: false });
    },
    setHook: (hookId: string) => {
      if (wd.edited) setPreviousEdit(wd);
      setWd({ ...wd, hookId, edited: false });
    },
    restoreEdit: () => {
      if (previousEdit) setWd(previousEdit);
      setPreviousEdit(null);
    },
    markCopied: (at: number) => setWd({ ...wd, copiedAt: at }),
    typed,
    /** New questions re-draft, as a new opener does; an edited draft is kept to restore. */
    setTyped: (text: string) => {
      if (wd.edited) setPreviousEdit(wd);
      if (wd.edited) setWd({ ...wd, edited: false });
      setTyped(text);
    },
    why,
    /** A reason re-drafts, as new questions do; an edited draft is kept to restore. */
    setWhy: (text: string) => {
      if (wd.edited) setPreviousEdit(wd);
      if (wd.edited) setWd({ ...wd, edited: false });
      setWhy(text);
    },
    copiedAt: wd.copiedAt,
  };
}
