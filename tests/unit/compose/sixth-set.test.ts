/**
 * What a sixth set of pages and senders nobody tuned on turned up (s20, unseen-people-6.json), scored blind before any of it
 * was mended: sentences split after "vs.", emoji between sentences, a topic cut between two verbs, and a sender who is retired.
 */
import { describe, expect, it } from 'vitest';
import { composeAsk } from '../../../lib/compose';
import { meParts } from '../../../lib/compose/ask';
import { doingTopic, sentences } from '../../../lib/compose/clauses';
import { goal } from '../../../lib/compose/goals';
import { stemOf } from '../../../lib/compose/meaning';
import { orgName } from '../../../lib/compose/names';
import { sharedPhrase } from '../../../lib/compose/questions';
import { withoutMine } from '../../../lib/compose/text';
import { NOW } from './profiles';
import { UNSEEN_SETS, unseenDraft } from './unseen';

describe('sentences as a person reads them', () => {
  it('never ends one at "vs." or "approx.", and ends one at an emoji between two', () => {
    expect(sentences('Summer campaign 2023: +22% transfers vs. Summer 2022. Great team.')).toEqual(['Summer campaign 2023: +22% transfers vs. Summer 2022.', 'Great team.']);
    expect(sentences('A port handling approx. 9,000 vessel calls per year.')).toHaveLength(1);
    expect(sentences('40 year old wiring, no earth in half the house 😬 Safe now.')).toEqual(['40 year old wiring, no earth in half the house.', 'Safe now.']);
  });

  it('never names a topic cut between two verbs', () => {
    expect(doingTopic("I started my career ticking and bashing other people's numbers as an auditor in Prague.", true)).toBe('');
  });

  it('names no phrase of a plural and its verb', () => {
    expect(sharedPhrase('Save before you go on your own, customers pay late.', 'customer success')).toBe('');
  });
});

describe('the sender as they typed it', () => {
  it.each([
    ["get a junior UX writer / content designer job at a tech company (remote ok) but I don't have a UX writing portfolio yet, where do I start?", 'get a junior UX writer or content designer job at a tech company'],
  ])('goal(%j) → %j', (text, want) => expect(goal(text)?.text).toBe(want));

  it('says a state as it is ("retired"), keeps a thing of theirs with an article, and drops "(Pvt) Ltd"', () => {
    expect(meParts({ name: 'Jae-hoon Park', role: 'Retired' }).role).toBe('retired');
    expect(withoutMine('finish my apprenticeship and get my licence')).toBe('finish an apprenticeship and get a licence');
    expect(orgName('Ceylon Trials (Pvt) Ltd')).toBe('Ceylon Trials');
    expect(stemOf('apprenticeship')).toBe(stemOf('apprentices'));
  });

  it('never says "a retired", a subject on half of two jobs, or a quote cut at "vs"', () => {
    for (const p of UNSEEN_SETS[5]!.people)
      for (const s of UNSEEN_SETS[5]!.senders)
        for (const channel of ['message', 'inmail', 'connection-note'] as const) {
          const d = composeAsk({ profile: p, me: s.me, channel, now: NOW, myTimeZone: s.myTimeZone });
          const all = `${d.subject ?? ''}\n${d.body}`;
          expect(all, `${p.slug} ← ${s.id} ${channel}`).not.toMatch(/a retired,|about (?:or|of|and) \p{L}+ roles|transfers vs"|\(Pvt\)|career ticking/u);
        }
  });

  it('a call-centre agent writing to someone who moved from call centres into customer success asks what she would tell one', () => {
    const d = unseenDraft('nour-elsayed-cs', 'yasmine');
    expect(d.body).toMatch(/What would you tell a customer service agent in my position\?/);
    expect(d.fit.level).toBe('good');
  });
});

describe('after the blind review of the sixth set', () => {
  it('says a slash in a goal as "or"', () => {
    expect(goal('get a junior UX writer / content designer job at a tech company')?.text).toBe('get a junior UX writer or content designer job at a tech company');
  });

  it('names an offer to people doing what the sender does in a note, and calls the fit good', () => {
    const d = unseenDraft('marcus-t-delgado-pe', 'darnell', 'connection-note');
    expect(d.body).toMatch(/your offer to people thinking about civil engineering\./);
    expect(d.fit.level).toBe('good');
  });
});
