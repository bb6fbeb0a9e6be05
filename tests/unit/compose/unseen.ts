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
// Thirty-three sets, written by helpers at different times, each after the last one's faults were mended, to see what else
// breaks: unseen-people.json, then -2 to -31, in the order they were written, then -34 and -35 (sets 32 and 33 are senders only).
export const UNSEEN_SETS = [...Array.from({ length: 31 }, (_, i) => read(i ? `unseen-people-${i + 1}.json` : 'unseen-people.json')), read('unseen-people-34.json'), read('unseen-people-35.json')];
/**
 * Sets 32, 33, 36 and 37: senders only, written to the shared fixtures' pages (read from ../shared, never copied here), as the issue's
 * own review will be: pages like these, senders nobody tuned on.
 */
const sendersOf = (file: string) => (JSON.parse(readFileSync(join(__dirname, file), 'utf8')) as Pick<People, 'senders'>).senders.map((s) => ({ ...s, me: MeSchema.parse(s.me) }));
export const SET32_SENDERS = sendersOf('unseen-senders-32.json');
export const SET33_SENDERS = sendersOf('unseen-senders-33.json');
/** Set 36 (r40): six more, among them a lecturer moving into industry ML and an engineer relocating to Stockholm. */
export const SET36_SENDERS = sendersOf('unseen-senders-36.json');
/** Set 37 (r41): six more, among them a tester moving into performance testing, a nurse founding a charity, a cellist with an app idea. */
export const SET37_SENDERS = sendersOf('unseen-senders-37.json');

export const unseenPerson = (slug: string) => UNSEEN_SETS.flatMap((s) => s.people).find((p) => p.slug === slug)!;
export const unseenSender = (id: string) => UNSEEN_SETS.flatMap((s) => s.senders).find((s) => s.id === id)!;

/** A draft from one unseen sender to one unseen person, as the popup makes it (the time of every compose test). */
export const unseenDraft = (slug: string, sender: string, channel: 'message' | 'connection-note' = 'message') => {
  const s = unseenSender(sender);
  return composeAsk({ profile: unseenPerson(slug), me: s.me, channel, now: NOW, myTimeZone: s.myTimeZone });
};
