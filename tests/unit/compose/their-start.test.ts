/**
 * Someone who started where the sender is and works where the sender is heading: their line on that start is the reason to
 * write (s24, from set 11's blind review: "misses her three years in the call centre, the strongest tie", "opens on her first
 * line, not 'seven years of landscaping', the groundsman link").
 */
import { describe, expect, it } from 'vitest';
import { composeAsk } from '../../../lib/compose';
import { stemOf } from '../../../lib/compose/meaning';
import { findOpeners } from '../../../lib/compose/openers';
import { holdsTarget, startedAsSender } from '../../../lib/compose/their-start';
import { readFixtures, SENDERS, UNSEEN_SENDERS } from './senders';
import { unseenDraft, unseenPerson, unseenSender, UNSEEN_SETS } from './unseen';

const minji = { role: 'call center team leader', whatIDo: 'team leader for 12 agents in card customer center' };
const lachlan = { role: 'groundsman', whatIDo: 'mowing, irrigation, weed spraying for councils and schools' };

describe('a line of theirs on work before this that is the sender’s work now', () => {
  it.each([
    ['Before this I spent three years on the phones in our customer centre, which turned out to be very good training.', minji, 'UX research'],
    ['Seven years of landscaping before this, which is why I can still fix any irrigation system or chainsaw you put in front of me.', lachlan, 'ranger work'],
    ['I started on the phones in a customer center in Daegu.', minji, 'UX research'],
  ])('%j', (line, me, target) => expect(startedAsSender(line, me, target)).toBe(true));

  it.each([
    // Their work now, not before it.
    ['User research for the Hanbit Bank mobile app – interviews, usability tests, diary studies.', minji, 'UX research'],
    // Before, but nothing of the sender's work.
    ['Before this I taught maths for six years.', minji, 'UX research'],
    // Only a word of where the sender is heading, which everyone there shares.
    ['Before this I spent three years in market research.', { role: 'analyst', whatIDo: 'research for a bank' }, 'UX research'],
    // Only a word that names no work alone.
    ['I spent four years as a team leader at a hotel.', minji, 'UX research'],
  ])('not %j', (line, me, target) => expect(startedAsSender(line, me, target)).toBe(false));
});

describe('where the sender is heading is their job now, by its title', () => {
  it('a UX researcher for UX research, a park ranger for ranger work', () => {
    expect(holdsTarget(unseenPerson('jihye-park-ux-research'), 'UX research')).toBe(true);
    expect(holdsTarget(unseenPerson('rhiannon-keefe-bcparks'), 'ranger work')).toBe(true);
  });
  it('not a founder whose headline builds software, for software engineering', () => {
    expect(holdsTarget(unseenPerson('denise-carrow'), 'software engineering')).toBe(false);
  });
});

describe('the draft', () => {
  it.each([
    ['jihye-park-ux-research', 'minji', /^I read the line "Before this I spent three years on the phones in our customer centre, which turned out to be very good training" on your profile\./m],
    ['rhiannon-keefe-bcparks', 'lachlan', /^I'm writing about your line "Seven years of landscaping before this"\./m],
  ])('%s, from %s: opens on where they started, says why, and asks what carried them', (slug, sender, opening) => {
    const d = unseenDraft(slug, sender);
    expect(d.body).toMatch(opening);
    expect(d.body).toContain("You made the move I'm hoping to make.");
    expect(d.body).toMatch(/^- What from those years helped most when you moved into [^?]+\?$/m);
    expect(d.fit.level).toBe('good');
  });

  it('a line on their move already says it: "as I\'m changing careers too", never both', () => {
    const d = unseenDraft('camilaortegaux', 'maya-ux');
    expect(d.body).toMatch(/as I'm changing careers too/);
    expect(d.body).not.toContain("You made the move I'm hoping to make.");
  });

  it('an invitation to the sender still comes first', () => {
    const p = unseenPerson('fiona-baird-rvn-edinburgh');
    expect(findOpeners(p, unseenSender('aroha').me)[0]?.invite).toBe(true);
  });

  // s16: a night auditor heading into accounts, to someone who started in night audit and now works in accounting.
  it('on every page of every set, only the five pairs read by hand open on where they started', () => {
    const found: string[] = [];
    const shared = { people: readFixtures().map((f) => f.profile), senders: [...SENDERS, ...UNSEEN_SENDERS] };
    const sets = [shared, ...UNSEEN_SETS];
    for (const p of sets.flatMap((s) => s.people))
      for (const s of sets.flatMap((x) => x.senders)) {
        if (!findOpeners(p, s.me)[0]?.started) continue;
        found.push(`${p.slug} ${s.id}`);
        expect(composeAsk({ profile: p, me: s.me, channel: 'message', now: Date.UTC(2026, 2, 10) }).fit.level).toBe('good');
      }
    // r40, set 35: a policy analyst's "Before the Council I spent three years in county government in Kisumu, which taught me…",
    // to a graduate trainee in county government moving into policy work.
    expect(found.sort()).toEqual(['achieng-otieno-policy no-profile-county-trainee', 'camilaortegaux maya-ux', 'jihye-park-ux-research minji', 'rhiannon-keefe-bcparks lachlan', 'tomasribeiro93 faith-night-auditor-nbi']);
    // Every person of every set with every sender of every set: it grows with each set (95 s on two busy cores at 23 sets).
  }, 300_000);
});

describe('words the stemmer would merge', () => {
  it('customs brokers are no customers', () => {
    expect(stemOf('customs')).not.toBe(stemOf('customers'));
    expect(stemOf('customer')).toBe(stemOf('customers'));
  });
  it('a page on customers is no touch of a goal on a customs agency', () => {
    expect(unseenDraft('jihye-park-ux-research', 'renata').fit.note).not.toMatch(/customs/);
  });
});
