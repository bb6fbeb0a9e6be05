import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeAsk } from '../../../lib/compose';
import { ProfileSchema } from '../../../lib/linkedin/schema';
import { MeSchema } from '../../../lib/settings/schema';
import { NOW } from './profiles';

type People = { profiles: unknown[]; senders: { id: string; me: unknown; myTimeZone: string }[] };
const read = (file: string) => {
  const data = JSON.parse(readFileSync(join(__dirname, file), 'utf8')) as People;
  return { people: data.profiles.map((p) => ProfileSchema.parse(p)), senders: data.senders.map((s) => ({ ...s, me: MeSchema.parse(s.me) })) };
};
// Twenty-five sets, written by helpers at different times, each after the last one's faults were mended, to see what else breaks.
export const UNSEEN_SETS = [read('unseen-people.json'), read('unseen-people-2.json'), read('unseen-people-3.json'), read('unseen-people-4.json'), read('unseen-people-5.json'), read('unseen-people-6.json'), read('unseen-people-7.json'), read('unseen-people-8.json'), read('unseen-people-9.json'), read('unseen-people-10.json'), read('unseen-people-11.json'), read('unseen-people-12.json'), read('unseen-people-13.json'), read('unseen-people-14.json'), read('unseen-people-15.json'), read('unseen-people-16.json'), read('unseen-people-17.json'), read('unseen-people-18.json'), read('unseen-people-19.json'), read('unseen-people-20.json'), read('unseen-people-21.json'), read('unseen-people-22.json'), read('unseen-people-23.json'), read('unseen-people-24.json'), read('unseen-people-25.json')];

export const unseenPerson = (slug: string) => UNSEEN_SETS.flatMap((s) => s.people).find((p) => p.slug === slug)!;
export const unseenSender = (id: string) => UNSEEN_SETS.flatMap((s) => s.senders).find((s) => s.id === id)!;

/** A draft from one unseen sender to one unseen person, as the popup makes it (the time of every compose test). */
export const unseenDraft = (slug: string, sender: string, channel: 'message' | 'connection-note' = 'message') => {
  const s = unseenSender(sender);
  return composeAsk({ profile: unseenPerson(slug), me: s.me, channel, now: NOW, myTimeZone: s.myTimeZone });
};
