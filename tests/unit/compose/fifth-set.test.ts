/**
 * What a fifth set of pages and senders nobody tuned on turned up (s20, unseen-people-5.json): goals asked as questions or
 * typed in lower case, a sender's title with a note in brackets, and lines written to people like the sender.
 */
import { describe, expect, it } from 'vitest';
import { composeAsk } from '../../../lib/compose';
import { goalCut, meParts } from '../../../lib/compose/ask';
import { goal, missingSkill } from '../../../lib/compose/goals';
import { findOpeners } from '../../../lib/compose/openers';
import { asWritten } from '../../../lib/compose/titles';
import { NOW } from './profiles';
import { UNSEEN_SETS, unseenDraft, unseenPerson, unseenSender } from './unseen';

const draft = unseenDraft;

describe('the sender as they typed it', () => {
  it.each([
    ['how do I choose between psychiatry and paediatrics before I have to pick electives and apply for house job next year?', 'choose between psychiatry and paediatrics'],
    ['raise my wedding package from €1,100 to €1,800 for next season without losing most of my bookings', 'raise my wedding package from €1,100 to €1,800'],
    // Too long for a sentence: its first aim, never cut mid-phrase.
    ['start a civil engineering degree at UTSA on the GI Bill and find a part-time engineering technician job', 'start a civil engineering degree at UTSA on the GI Bill'],
  ])('goal(%j) → %j', (text, want) => expect(goal(text)?.text).toBe(want));

  it('keeps both ends of a change or neither when a question has to be short', () => {
    expect(goalCut('raising my wedding package from €1,100 to €1,800')).toBe('raising my wedding package');
  });

  it('writes a name and an organisation typed in lower case as names, and a title without its note in brackets', () => {
    const me = meParts({ name: 'chloe ashworth', role: 'volunteer fundraiser', organisation: 'wythenshawe community food bank' });
    expect([me.name, me.first, me.org]).toEqual(['Chloe Ashworth', 'Chloe', 'Wythenshawe Community Food Bank']);
    expect(meParts({ name: 'Anna de la Cruz' }).name).toBe('Anna de la Cruz');
    expect(asWritten('Medical student (4th year, MBBS)')).toBe('medical student');
    expect(missingSkill({ missingSkills: ['Agile and Scrum (I only worked in waterfall)'] })).toBe('Agile and Scrum');
  });

  it('never leaves a bracket, a "year" for a role or a question mark inside who I am', () => {
    for (const { people } of UNSEEN_SETS.slice(4))
      for (const p of people)
        for (const channel of ['message', 'connection-note'] as const) {
          const d = composeAsk({ profile: p, me: unseenSender('zainab').me, channel, now: NOW, myTimeZone: 'Asia/Karachi' });
          expect(d.body, `${p.slug} ${channel}`).not.toMatch(/\(4th|, a year|towards how do I/i);
        }
  });
});

describe('lines written to people like the sender, on the sender\'s goal', () => {
  it.each([
    ['tomasz-wisniewski-logistyka', 'kacper', /"I believe the best transport planners come from the warehouse floor/, /What would you tell a warehouse operative in my position\?/],
    ['marcus-t-delgado-pe', 'darnell', /"If you're transitioning and thinking about civil engineering, comment or DM me"/, /What would you tell a staff sergeant in my position\?/],
    ['draishabello', 'chloe', /"If you're a volunteer trying to get your first paid fundraising role/, /What would you add for a volunteer fundraiser in my position\?/],
  ])('%s ← %s: opens on it and asks what they would tell, or add for, such a person', (slug, sender, opening, question) => {
    const d = draft(slug, sender);
    expect(d.body.split('\n\n')[1]).toMatch(opening);
    expect(d.body).toMatch(question);
    expect(d.body).not.toMatch(/something close to that/);
    expect(d.fit.level).toBe('good');
  });

  it('not advice to someone of the same kind on something else, nor an offer made to people heading elsewhere', () => {
    // A fundraiser's advice to volunteers is nothing to a photographer; "operations managers thinking of moving into this
    // field" (sustainability) is no offer to a sous chef moving into management.
    expect(draft('draishabello', 'alvaro').body).not.toMatch(/If you're a volunteer/);
    expect(draft('ingrid-solberg-esg', 'callum').body).not.toMatch(/What would you tell a sous chef/);
  });
});

describe('a note names a line written to people like the sender', () => {
  it.each([
    ['draishabello', 'chloe', 'your advice to volunteers'],
    ['karina-vasquez-ops', 'callum', 'your offer to sous chefs'],
  ])('%s ← %s: %j', (slug, sender, name) => {
    const lead = findOpeners(unseenPerson(slug), unseenSender(sender).me)[0]!;
    expect(lead.peer).toBe(true);
    expect(lead.tiny).toContain(name);
  });

  it('says it in the note when it fits', () => {
    expect(draft('karina-vasquez-ops', 'callum', 'connection-note').body).toContain('I read your offer to sous chefs.');
  });
});

describe('news is no idea', () => {
  it('never asks how to "apply that idea" of a line that tells what happened', () => {
    const d = draft('peter-otieno-principal', 'darnell');
    expect(d.body).toMatch(/"Today Brian received his admission letter/);
    expect(d.body).not.toMatch(/apply that idea/);
  });
});

describe('a note short of room', () => {
  it('names the first of two jobs, a job without where, and what someone believes by its topic', () => {
    expect(draft('draishabello', 'chloe', 'connection-note').body).toMatch(/looking to get a paid job as a community fundraising officer\./);
    const kacper = draft('tomasz-wisniewski-logistyka', 'kacper', 'connection-note').body;
    expect(kacper).toMatch(/your line on the best transport planners\./);
    expect(kacper).toMatch(/junior dispatcher or transport planner job\./);
  });
});

describe('the question on a line about people like the sender', () => {
  it('never says a long goal again, which who I am has just said (s20 paired review, 6 to 1)', () => {
    for (const { people, senders } of UNSEEN_SETS)
      for (const p of people)
        for (const s of senders) {
          const d = composeAsk({ profile: p, me: s.me, channel: 'message', now: NOW, myTimeZone: s.myTimeZone });
          const wants = /What would you (?:tell|add for) [^?]*? who wants to ([^?]+)\?/.exec(d.body)?.[1];
          if (wants) expect(wants.length <= 40 || wants.startsWith('move into'), `${p.slug} ← ${s.id}: ${wants}`).toBe(true);
        }
  });
});
