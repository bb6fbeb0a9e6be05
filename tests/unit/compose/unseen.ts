import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ProfileSchema } from '../../../lib/linkedin/schema';
import { MeSchema } from '../../../lib/settings/schema';

type People = { profiles: unknown[]; senders: { id: string; me: unknown; myTimeZone: string }[] };
const read = (file: string) => {
  const data = JSON.parse(readFileSync(join(__dirname, file), 'utf8')) as People;
  return { people: data.profiles.map((p) => ProfileSchema.parse(p)), senders: data.senders.map((s) => ({ ...s, me: MeSchema.parse(s.me) })) };
};
// Seven sets, written by helpers at different times, each after the last one's faults were mended, to see what else breaks.
export const UNSEEN_SETS = [read('unseen-people.json'), read('unseen-people-2.json'), read('unseen-people-3.json'), read('unseen-people-4.json'), read('unseen-people-5.json'), read('unseen-people-6.json'), read('unseen-people-7.json')];

export const unseenPerson = (slug: string) => UNSEEN_SETS.flatMap((s) => s.people).find((p) => p.slug === slug)!;
export const unseenSender = (id: string) => UNSEEN_SETS.flatMap((s) => s.senders).find((s) => s.id === id)!;
