import { describe, expect, it } from 'vitest';
import { composeAsk } from '../../../lib/compose';
import { firstRoleIn, firstRoleLink, firstRoleQuestion, firstRoleWanted, gotInQuestion } from '../../../lib/compose/first-role';
import { NOW } from './profiles';
import { unseenPerson, unseenSender } from './unseen';

// A line on how they landed a first role, to a sender after one (r17 review: Camila's line "well chosen, then never used").
describe('first role: they stood where the sender stands', () => {
  it.each([
    ['I got my first UX role by redoing one of my old agency studies as a usability test on my own time.', 'UX'],
    ['I landed my first data analyst job after six months of SQL at night.', 'data analyst'],
    ['My first role was in sales.', ''],
    ['I got my first job at 16.', ''],
    // The job after "as" (r26, set 12): her first job on the floor was as an assistant sommelier.
    ['Never worked a day in tourism, and in 2017 got my first floor job as assistant sommelier.', 'assistant sommelier'],
  ])('firstRoleIn(%j) → %j', (line, want) => expect(firstRoleIn(line)).toBe(want));

  it.each([
    ['land my first product manager role in the next 6 months', 'product manager'],
    ['get my first game design job', 'game design'],
    ['become an engineering manager', ''],
    ['move into UX research', ''],
  ])('firstRoleWanted(%j) → %j', (goal, want) => expect(firstRoleWanted(goal)).toBe(want));

  it('says why them and asks whether their way would work for the sender, only when both hold', () => {
    const line = 'I got my first UX role by redoing one of my old agency studies as a usability test.';
    expect(firstRoleLink(line, 'land my first product manager role')).toBe('You landed your first UX role yourself, so I thought of you.');
    expect(firstRoleQuestion(line, 'land my first product manager role')).toBe('Would the way you got your first UX role work for a first product manager role too?');
    expect(firstRoleQuestion('I got my first UX role by redoing a study.', 'land my first UX role')).toMatch(/^What would you do the same way/);
    expect(firstRoleLink(line, 'become an engineering manager')).toBe('');
    expect(firstRoleQuestion('I lead the UX team.', 'land my first product manager role')).toBe('');
  });

  it('Valentina, to Bruno, a waiter who wants a sommelier course and, later, a sommelier job: how she got her first one (r26)', () => {
    expect(firstRoleQuestion('In 2017 got my first floor job as assistant sommelier.', 'do a sommelier course this year')).toBe('What helped most on your way to your first assistant sommelier job?');
    const bruno = unseenSender('bruno');
    const d = composeAsk({ profile: unseenPerson('valentina-rojas-sommelier'), me: bruno.me, channel: 'message', now: NOW, myTimeZone: bruno.myTimeZone });
    expect(d.body).toMatch(/^- What helped most on your way to your first assistant sommelier job\?$/m);
    expect(d.body).not.toMatch(/How did you end up at/);
  });

  it.each([
    ['Finally got my cadetship on a product tanker in 2012.', 'cadet', 'What finally got you your cadetship?'],
    ['I got an apprenticeship at 29 with a farrier in Kildare.', 'apprentice', 'How did you get your apprenticeship?'],
    ['Finally got my cadetship on a product tanker in 2012.', 'farrier', ''],
    ['I finally got my licence.', 'licence', ''],
  ])('gotInQuestion(%j), for a sender whose goal names %j → %j', (line, word, q) => {
    expect(gotInQuestion(line, (place) => place.toLowerCase().startsWith(word))).toBe(q);
  });

  it('Jerome, to Adi, who would go as a cadet again: how he finally got his cadetship, not how he ended up at his company (r26)', () => {
    const adi = unseenSender('adi');
    const d = composeAsk({ profile: unseenPerson('jerome-delacruz-chief-officer'), me: adi.me, channel: 'message', now: NOW, myTimeZone: adi.myTimeZone });
    expect(d.body).toMatch(/^- What finally got you your cadetship\?$/m);
    expect(d.body).not.toMatch(/How did you end up at/);
  });

  it('Camila, to Ana after her first product manager role: the reason and a question of hers in every message', () => {
    const camila = unseenPerson('camilaortegaux');
    const ana = unseenSender('ana-pm');
    for (const channel of ['message', 'inmail', 'email'] as const) {
      const d = composeAsk({ profile: camila, me: ana.me, channel, now: NOW, myTimeZone: ana.myTimeZone });
      expect(d.body, channel).toMatch(/I got my first UX role/);
      expect(d.body, channel).toContain('You landed your first UX role yourself, so I thought of you.');
      expect(d.body, channel).toMatch(/^- Would the way you got your first UX role work for a first product manager role too\?$/m);
      expect(d.body, channel).not.toMatch(/What from your experience as/);
    }
  });
});
