import { ProfileSchema, type Profile } from '../linkedin/schema';
import { canonicalProfileUrl, profileSlug } from './canonical';
import type { CoffeeChatDb } from './db';
import { putPeople } from './summaries';
import { InvalidInput } from './errors';
import { addEvent, readHistory } from './history';
import { mergeProfile, sameData } from './merge-profile';
import { ChannelSchema, type Channel, type Person } from './schema';
import { searchText } from './search-text';
import { stateOf } from './state';
import { mustGet, toStorageError, write } from './tx';
import { isTime } from '../time-schema';

const MAX_READINGS = 20;

/** Recomputes the derived search text from the person and their notes (call inside a write). */
export async function withSearch(db: CoffeeChatDb, p: Person): Promise<Person> {
  const { notes } = await readHistory(db, p.id);
  return { ...p, search: searchText(p, notes.map((n) => n.text)) };
}

function checkedProfile(profile: Profile): Profile {
  const r = ProfileSchema.safeParse(profile);
  if (!r.success) throw new InvalidInput(`This profile can't be saved: ${r.error.issues[0]?.path.join('.')} ${r.error.issues[0]?.message}.`);
  const id = canonicalProfileUrl(r.data.url) ?? (r.data.slug ? canonicalProfileUrl(`https://www.linkedin.com/in/${r.data.slug}/`) : null);
  if (!id) throw new InvalidInput(`This isn't a LinkedIn profile address: ${r.data.url.slice(0, 100)}`);
  return { ...r.data, url: id, slug: profileSlug(id) ?? r.data.slug };
}

function newPerson(profile: Profile, now: number): Person {
  return {
    id: profile.url, slug: profile.slug, name: profile.fullName ?? profile.slug, company: profile.current?.company ?? '',
    profile, readings: [], tags: [], readAt: now, search: '', createdAt: now, updatedAt: now,
    stage: 'drafted', checkInsSent: 0, lastStepAt: now, nudges: { snoozed: {}, dismissed: {} },
  };
}

/**
 * Adds or refreshes a person from a profile reading, keyed by the canonical URL, so the same
 * person met from another page generation, link or after a name change is one record.
 * When the reading changes what we know, the previous profile is kept in `readings`.
 */
export async function upsertPerson(db: CoffeeChatDb, profile: Profile, now: number): Promise<Person> {
  const reading = checkedProfile(profile);
  // Opening the popup on a known profile is the common case: no write, no list reload.
  const seen = await db.people.get(reading.url).catch((e: unknown) => Promise.reject(toStorageError(e)));
  if (seen && sameData(mergeProfile(seen.profile, reading), seen.profile)) return seen;
  return write(db, async () => {
    const known = await db.people.get(reading.url);
    if (!known) {
      const p = await withSearch(db, newPerson(reading, now));
      await putPeople(db, [p]);
      return p;
    }
    const merged = mergeProfile(known.profile, reading);
    if (sameData(merged, known.profile)) return known;
    const next: Person = {
      ...known,
      profile: merged,
      readings: [{ at: known.readAt ?? known.createdAt, profile: known.profile }, ...known.readings].slice(0, MAX_READINGS),
      readAt: now,
      name: merged.fullName ?? known.name,
      company: merged.current?.company ?? known.company,
      updatedAt: Math.max(known.updatedAt, now),
    };
    const withText = await withSearch(db, next);
    await putPeople(db, [withText]);
    return withText;
  });
}

export interface DraftInput {
  channel: Channel;
  subject?: string;
  body: string;
}

/**
 * Keeps the draft on the person (one draft each; a new one replaces it). The first draft
 * of someone not yet contacted is logged as a "drafted" event, so the timeline starts there.
 */
export async function saveDraft(db: CoffeeChatDb, personIdOrProfile: string | Profile, d: DraftInput, now: number): Promise<Person> {
  if (!ChannelSchema.safeParse(d.channel).success) throw new InvalidInput(`Unknown channel: ${String(d.channel)}.`);
  if (d.body.length > 10000 || (d.subject?.length ?? 0) > 500) throw new InvalidInput('This draft is too long to save.');
  return write(db, async () => {
    const id = typeof personIdOrProfile === 'string' ? personIdOrProfile : (await upsertPerson(db, personIdOrProfile, now)).id;
    const p = await mustGet(db, id);
    const draft = { channel: d.channel, body: d.body, updatedAt: now, ...(d.subject !== undefined ? { subject: d.subject } : {}) };
    const next: Person = { ...p, draft, updatedAt: Math.max(p.updatedAt, now) };
    if (!p.draft && p.stage === 'drafted') {
      await addEvent(db, { personId: p.id, type: 'drafted', at: now, channel: d.channel, before: stateOf(p) });
    }
    await putPeople(db, [next]);
    return next;
  });
}

/** Tags trimmed, deduplicated ignoring case (first spelling wins), at most 30 of 60 characters. */
export function cleanTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const t = raw.replace(/\s+/g, ' ').trim().slice(0, 60);
    if (t && !seen.has(t.toLowerCase())) {
      seen.add(t.toLowerCase());
      out.push(t);
    }
  }
  return out.slice(0, 30);
}

export async function setTags(db: CoffeeChatDb, personId: string, tags: readonly string[], now: number): Promise<Person> {
  return write(db, async () => {
    const p = await mustGet(db, personId);
    const next = await withSearch(db, { ...p, tags: cleanTags(tags), updatedAt: Math.max(p.updatedAt, now) });
    await putPeople(db, [next]);
    return next;
  });
}

/**
 * Applies what a tags form changed (added and removed, compared ignoring case) to the tags stored
 * now, not to the list the form was opened with: two pages editing one person's tags at once both
 * keep their changes, where saving whole lists let the last save win.
 */
export async function editTags(db: CoffeeChatDb, personId: string, change: { add: readonly string[]; remove: readonly string[] }, now: number): Promise<Person> {
  if (!isTime(now)) throw new InvalidInput('The tags have no valid time.');
  return write(db, async () => {
    const p = await mustGet(db, personId);
    const gone = new Set(cleanTags(change.remove).map((t) => t.toLowerCase()));
    const tags = cleanTags([...p.tags.filter((t) => !gone.has(t.toLowerCase())), ...change.add]);
    if (tags.length === p.tags.length && tags.every((t, i) => t === p.tags[i])) return p;
    const next = await withSearch(db, { ...p, tags, updatedAt: Math.max(p.updatedAt, now) });
    await putPeople(db, [next]);
    return next;
  });
}
