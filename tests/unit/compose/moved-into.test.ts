import { describe, expect, it } from 'vitest';
import { composeAsk } from '../../../lib/compose';
import { lookingFor } from '../../../lib/compose/bridge';
import { findOpeners } from '../../../lib/compose/openers';
import { MeSchema } from '../../../lib/settings/schema';
import { NOW, person } from './profiles';
import { unseenPerson, unseenSender } from './unseen';

const messages = ['message', 'inmail', 'email'] as const;

// A clinical informatics lead who moved there from the dispensary, to a nurse moving into clinical informatics (s19 review).
describe('someone who made the move the sender wants', () => {
  it('a post whose lead line heads a list is named by that line, as its title', () => {
    const aoife = unseenPerson('aoife-brennan-pharm');
    const dana = unseenSender('dana');
    // Picked in the popup: her invitation to nurses leads by itself (invitations.test.ts).
    const hook = findOpeners(aoife, dana.me).find((o) => o.kind === 'post' && !o.part)?.id;
    for (const channel of messages) {
      const d = composeAsk({ profile: aoife, me: dana.me, channel, now: NOW, myTimeZone: dana.myTimeZone, hook });
      expect(d.body, channel).toContain('your post "Things I wish someone had told me when I moved from the dispensary into informatics"');
      // Never the colon of a lead line, nor one tip of the list as if it were the post.
      expect(d.body, channel).not.toMatch(/informatics:"|"Your clinical knowledge is the asset"/);
    }
    const note = composeAsk({ profile: aoife, me: dana.me, channel: 'connection-note', now: NOW, myTimeZone: dana.myTimeZone, hook });
    expect(note.body).toMatch(/your post on moving from the dispensary into informatics/);
  });

  it('a first line of two sentences, or a short label, is no title ("What works for me:", "How it works:")', () => {
    const two = person('x', { activity: [{ kind: 'post', text: 'Someone asked me how I explain forecast uncertainty to business teams. What works for me:\n1. Never show a single number.\n2. Show the range.' }] } as never);
    const label = person('y', { activity: [{ kind: 'post', text: 'How it works:\n- Caching solved the first bottleneck.\n- A better query plan solved the second.' }] } as never);
    for (const p of [two, label]) expect(findOpeners(p, {}).some((o) => /What works for me$|^How it works$/.test(o.quote))).toBe(false);
  });

  it('what they look for when hiring is pointed back to, never asked again', () => {
    expect(lookingFor(unseenPerson('aoife-brennan-pharm'))).toBe('when hiring');
    expect(lookingFor(unseenPerson('mateusoliveira-gamedesign'))).toBe('when hiring junior designers');
    expect(lookingFor(unseenPerson('tobias-lindqvist-4b2a91'))).toBe('');
    const cases = [
      ['aoife-brennan-pharm', 'dana', 'How could someone moving into clinical informatics show what you look for when hiring?'],
      ['mateusoliveira-gamedesign', 'kenji', 'How could someone starting out in game design show what you look for when hiring junior designers?'],
    ] as const;
    for (const [slug, sender, q] of cases) {
      const s = unseenSender(sender);
      for (const channel of messages) {
        const d = composeAsk({ profile: unseenPerson(slug), me: s.me, channel, now: NOW, myTimeZone: s.myTimeZone });
        expect(d.body, `${slug} ${channel}`).toContain(`- ${q}`);
        expect(d.body, `${slug} ${channel}`).not.toMatch(/what would you look for in someone/);
      }
    }
    // Only to someone heading where they work: a bid coordinator is not asked how to show it.
    const femi = unseenSender('femi');
    expect(composeAsk({ profile: unseenPerson('aoife-brennan-pharm'), me: femi.me, channel: 'message', now: NOW, myTimeZone: femi.myTimeZone }).body).not.toMatch(/what you look for/);
  });

  it('a move into where the sender is heading counts, though both titles share a word or one organisation', () => {
    const nurse = MeSchema.parse({ name: 'Dana', role: 'Staff Nurse', shortTermGoal: 'move into clinical informatics' });
    const p = person('z', {
      experience: [
        { title: 'Clinical Informatics Nurse', company: 'Leeds General', dates: 'Mar 2022 - Present' },
        { title: 'Staff Nurse, Intensive Care', company: 'Leeds General', dates: 'Jan 2016 - Feb 2022' },
      ],
    } as never);
    const move = findOpeners(p, nurse).find((o) => o.kind === 'move');
    expect(move?.name).toMatch(/^your move from staff nurse.* to clinical informatics nurse$/);
    // The same two titles are no move for a sender heading elsewhere: a promotion in one organisation.
    const other = MeSchema.parse({ name: 'Ryan', role: 'IT Support', shortTermGoal: 'move into cybersecurity' });
    expect(findOpeners(p, other).some((o) => o.kind === 'move')).toBe(false);
  });
});

// Their page already tells how they made the move (s19 review: "asked what she has already answered in public").
describe('a move they have told in public', () => {
  it('asks what they would do differently, not what helped most', () => {
    const cases = [['camilaortegaux', 'maya-ux'], ['daniel-okafor-em', 'weiling-em'], ['aoife-brennan-pharm', 'dana']] as const;
    for (const [slug, sender] of cases) {
      const s = unseenSender(sender);
      // The post that tells it, as the hook (Aoife's invitation to nurses leads by itself).
      const hook = findOpeners(unseenPerson(slug), s.me).find((o) => o.kind === 'post' && !o.part && !o.invite)?.id;
      const d = composeAsk({ profile: unseenPerson(slug), me: s.me, channel: 'message', now: NOW, myTimeZone: s.myTimeZone, ...(slug === 'aoife-brennan-pharm' ? { hook } : {}) });
      expect(d.body, slug).toMatch(/^- What would you do differently if you (?:made that move again|were moving into .+ today)\?$/m);
      expect(d.body, slug).not.toMatch(/What helped most when you moved into/);
    }
    // A move only named, never told, is still asked about as before.
    const ryan = unseenSender('ryan');
    expect(composeAsk({ profile: unseenPerson('marta-kowalczyk-sec'), me: ryan.me, channel: 'message', now: NOW, myTimeZone: ryan.myTimeZone }).body).toMatch(/What helped most when you made that move\?/);
  });

  it('asks whether the way they got their first role in the field would still work, though the draft names another line of that post', () => {
    const maya = unseenSender('maya-ux');
    const d = composeAsk({ profile: unseenPerson('camilaortegaux'), me: maya.me, channel: 'message', now: NOW, myTimeZone: maya.myTimeZone });
    expect(d.body).toContain('- Would the way you got your first UX role still work for someone moving into UX research today?');
    expect(d.body).not.toMatch(/what would you look for in someone/);
  });
});
