import { describe, expect, it } from 'vitest';
import { composeAsk } from '../../../lib/compose';
import type { Profile } from '../../../lib/linkedin/schema';
import type { Me } from '../../../lib/settings/schema';
import { fixtureProfiles, ME_EMPTY, ME_FULL, NOW, person, SYNTHETIC } from './profiles';

/** Every person-specific string that could appear in an opening: names, roles, places, their words. */
function specifics(p: Profile, me: Partial<Me>): string[] {
  const all = [
    p.firstName, p.fullName, p.headline, p.location, p.about, p.current?.title, p.current?.company,
    ...(p.headline ?? '').split(/\s*[|•·,@]\s*/), ...(p.location ?? '').split(/\s*,\s*/),
    ...p.experience.flatMap((e) => [e.title, e.company]), ...p.education.map((e) => e.school),
    ...p.activity.map((a) => a.text), ...p.featured.map((f) => f.title), ...p.skills,
    me.name, me.role, me.organisation, me.city, me.school,
  ];
  return all.filter((s): s is string => !!s && s.trim().length > 1).sort((a, b) => b.length - a.length);
}

/**
 * The opening sentence's frame (brief: "varied wording"): the first sentence after the greeting
 * with quotes and every person-specific string masked, so only the template's own words remain.
 */
export function frame(body: string, p: Profile, me: Partial<Me>): string {
  const para = body.split('\n\n')[1] ?? body.replace(/^[^,]*,\s*/, '');
  let s = para.split(/(?<=[.!?]["”]?)\s+(?=[A-Z])/)[0] ?? '';
  s = s.replace(/"[^"]*"|“[^”]*”|\([^)]*\)/g, 'X');
  for (const word of specifics(p, me)) s = s.split(word).join('X');
  return s.replace(/X(\W*X)+/g, 'X');
}

const PEOPLE = [
  ...fixtureProfiles().map((f) => f.profile),
  ...SYNTHETIC,
  // a second dozen, so each hook kind has company
  ...['ines', 'kofi', 'mei', 'lars', 'zara', 'pablo', 'aiko', 'ravi', 'nora', 'emeka', 'ola', 'hana'].map((n, i) =>
    person(`${n}-synthetic-${i}`, {
      firstName: n[0]!.toUpperCase() + n.slice(1), headline: ['Staff Engineer', 'Product Designer', 'Data Lead'][i % 3]!,
      current: { title: ['Staff Engineer', 'Product Designer', 'Data Lead'][i % 3]!, company: `Company ${i}` },
      activity: i % 2 === 0 ? [{ kind: 'post', text: `Lesson number ${i} from shipping small changes every day.` }] : [],
      about: i % 4 === 1 ? `I care about teams that learn fast, and lesson ${i} is my favourite.` : null,
      location: ['Stockholm, Sweden', 'Lagos, Nigeria', 'Tokyo, Japan'][i % 3]!,
    }),
  ),
];

describe('varied wording: no two people share an opening frame', () => {
  it.each([['a full me', ME_FULL], ['an empty me', ME_EMPTY]] as const)('with %s', (_, me) => {
    const seen = new Map<string, string>();
    for (const p of PEOPLE) {
      const d = composeAsk({ profile: p, me, channel: 'message', now: NOW, myTimeZone: 'Europe/Stockholm' });
      const f = frame(d.body, p, me);
      expect(f.length, d.body).toBeGreaterThan(10);
      const other = seen.get(f);
      if (other && other !== p.slug) expect.fail(`${p.slug} and ${other} share the frame "${f}"`);
      seen.set(f, p.slug);
    }
    expect(new Set(PEOPLE.map((p) => p.slug)).size).toBeGreaterThanOrEqual(25);
  });

  it('gives the same person the same frame every time, whatever the channel', () => {
    const p = SYNTHETIC[0]!;
    const a = composeAsk({ profile: p, me: ME_FULL, channel: 'message', now: NOW });
    const b = composeAsk({ profile: p, me: ME_FULL, channel: 'email', now: NOW });
    expect(frame(a.body, p, ME_FULL)).toBe(frame(b.body, p, ME_FULL));
  });

  it('varies the other slots too: greetings, asks and thanks are not all alike', () => {
    const bodies = PEOPLE.map((p) => composeAsk({ profile: p, me: ME_FULL, channel: 'message', now: NOW }).body);
    const distinct = (re: RegExp) => new Set(bodies.map((b) => re.exec(b)?.[0])).size;
    expect(distinct(/^\w+/)).toBeGreaterThanOrEqual(3);
    expect(distinct(/\n\n[^\n]*coffee chat[^\n]*/)).toBeGreaterThanOrEqual(4);
    expect(distinct(/Thank[^\n]*/)).toBeGreaterThanOrEqual(3);
  });
});
