import { describe, expect, it } from 'vitest';
import { InvalidInput } from '../../../lib/tracker/errors';
import { saveDraft, setTags, upsertPerson } from '../../../lib/tracker/people';
import { recordSent } from '../../../lib/tracker/record';
import { deleteEverything, deletePerson } from '../../../lib/tracker/delete';
import { addNote } from '../../../lib/tracker/notes';
import { DAY, T0, freshDb, person, profile, storedEvents, storedNotes } from './helpers';

const URL = 'https://www.linkedin.com/in/marisol-vega/';

describe('upsertPerson', () => {
  it('adds a person at "drafted", keyed by the canonical URL', async () => {
    const db = freshDb();
    const p = await upsertPerson(db, profile('Marisol-Vega', { url: 'https://de.linkedin.com/in/Marisol-Vega?trk=x' }), T0);
    expect(p).toMatchObject({ id: URL, slug: 'marisol-vega', name: 'Marisol Vega', company: 'Lumen', stage: 'drafted', createdAt: T0, lastStepAt: T0, checkInsSent: 0 });
    expect(p.profile.url).toBe(URL);
    expect(p.search).toContain('marisol vega');
  });

  it('meets the same person from other page generations and links without duplicating', async () => {
    const db = freshDb();
    await upsertPerson(db, profile('marisol-vega'), T0);
    for (const url of ['https://www.linkedin.com/in/MARISOL-VEGA/', 'https://linkedin.com/in/marisol-vega?miniProfileUrn=1', 'https://www.linkedin.com/in/marisol-vega/details/skills/']) {
      await upsertPerson(db, { ...profile('marisol-vega'), url }, T0 + DAY);
    }
    expect(await db.people.count()).toBe(1);
    expect((await db.people.get(URL))!.readings).toEqual([]);
  });

  it('a name change updates the person and keeps the earlier reading', async () => {
    const db = freshDb();
    await upsertPerson(db, profile('marisol-vega'), T0);
    const p = await upsertPerson(db, profile('marisol-vega', { fullName: 'Marisol Vega-Ortiz', current: { title: 'Principal', company: 'Arc' } }), T0 + DAY);
    expect(p).toMatchObject({ name: 'Marisol Vega-Ortiz', company: 'Arc', readAt: T0 + DAY, createdAt: T0 });
    expect(p.readings).toHaveLength(1);
    expect(p.readings[0]).toMatchObject({ at: T0, profile: { fullName: 'Marisol Vega' } });
    expect(p.search).toContain('arc');
  });

  it('a logged-out reading with less on it erases nothing known', async () => {
    const db = freshDb();
    const activity = [{ kind: 'post' as const, text: 'On mentoring juniors' }];
    await upsertPerson(db, profile('marisol-vega', { activity, about: 'I build things', connectionDegree: '2nd', skills: ['Go'] }), T0);
    const p = await upsertPerson(db, profile('marisol-vega', { activity: [], about: null, connectionDegree: null, skills: [], headline: 'Principal at Lumen' }), T0 + DAY);
    expect(p.profile).toMatchObject({ activity, about: 'I build things', connectionDegree: '2nd', skills: ['Go'], headline: 'Principal at Lumen' });
    expect(p.readings).toHaveLength(1);
  });

  it('keeps steps and tags across readings, and caps readings at 20', async () => {
    const db = freshDb();
    await person(db);
    await recordSent(db, URL, { channel: 'message', text: 'Hi', at: T0 + 1 });
    for (let i = 0; i < 25; i++) await upsertPerson(db, profile('marisol-vega', { headline: `v${i}` }), T0 + 2 + i);
    const p = (await db.people.get(URL))!;
    expect(p.stage).toBe('sent');
    expect(p.readings).toHaveLength(20);
    expect(p.readings[0]!.profile.headline).toBe('v23');
  });

  it('refuses what is not a profile', async () => {
    const db = freshDb();
    await expect(upsertPerson(db, { ...profile('x'), url: 'https://example.com/', slug: '' }, T0)).rejects.toThrow(InvalidInput);
    await expect(upsertPerson(db, { ...profile('x'), fullName: 'x'.repeat(500) }, T0)).rejects.toThrow(/fullName/);
    expect(await db.people.count()).toBe(0);
  });
});

describe('saveDraft', () => {
  it('creates the person from a profile, keeps one draft, and logs the first', async () => {
    const db = freshDb();
    const p = await saveDraft(db, profile('marisol-vega'), { channel: 'inmail', subject: 'Your talk', body: 'Hi Marisol' }, T0);
    expect(p.draft).toEqual({ channel: 'inmail', subject: 'Your talk', body: 'Hi Marisol', updatedAt: T0 });
    const again = await saveDraft(db, URL, { channel: 'message', body: 'Hello again' }, T0 + 1);
    expect(again.draft).toEqual({ channel: 'message', body: 'Hello again', updatedAt: T0 + 1 });
    const events = await storedEvents(db);
    expect(events.map((e) => e.type)).toEqual(['drafted']);
  });
  it('refuses an unknown channel and an unknown person', async () => {
    const db = freshDb();
    await expect(saveDraft(db, URL, { channel: 'fax' as never, body: '' }, T0)).rejects.toThrow('Unknown channel');
    await expect(saveDraft(db, URL, { channel: 'message', body: '' }, T0)).rejects.toThrow('no longer in your tracker');
  });
});

describe('tags, deletion', () => {
  it('setTags cleans and deduplicates, and search finds tags', async () => {
    const db = freshDb();
    await person(db);
    const p = await setTags(db, URL, [' Design ', 'design', 'Fin  Tech', '', 'x'.repeat(80)], T0 + 1);
    expect(p.tags).toEqual(['Design', 'Fin Tech', 'x'.repeat(60)]);
    expect(p.search).toContain('fin tech');
  });
  it('deletePerson removes their events and notes, nobody else’s', async () => {
    const db = freshDb();
    await person(db);
    await person(db, 'ada');
    for (const id of [URL, 'https://www.linkedin.com/in/ada/']) {
      await recordSent(db, id, { channel: 'message', text: 'Hi', at: T0 + 1 });
      await addNote(db, id, 'met at PyCon', T0 + 2);
    }
    await deletePerson(db, URL);
    expect(await db.people.toCollection().primaryKeys()).toEqual(['https://www.linkedin.com/in/ada/']);
    expect(await storedEvents(db)).toHaveLength(1);
    expect(await storedNotes(db)).toHaveLength(1);
  });
  it('deleteEverything empties every table', async () => {
    const db = freshDb();
    await person(db);
    await addNote(db, URL, 'n', T0);
    await deleteEverything(db);
    expect([await db.people.count(), await db.history.count()]).toEqual([0, 0]);
  });
});
