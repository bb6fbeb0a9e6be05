/**
 * r27: what the unseen sets still showed. A note called a line "close to my goal" on one shared word ("your line on renal
 * nutrition in West Africa is close to my goal", to someone opening a bakery: the reviewer called it false, 6 pairs of 6);
 * a list of languages was quoted as a line of theirs; a city typed in lower case went into every draft ("in krakow").
 */
import { describe, expect, it } from 'vitest';
import { quotableSentences, sentences, topicOf } from '../../../lib/compose/clauses';
import { hiringPost } from '../../../lib/compose/openers';
import { withoutMine } from '../../../lib/compose/text';
import { withPlaceNames } from '../../../lib/compose/place-names';
import { orgName } from '../../../lib/compose/names';
import { unseenDraft } from './unseen';
import { composeAsk } from '../../../lib/compose';
import { NOW } from './profiles';
import { readFixtures, SENDERS } from './senders';

describe('a note says a line is close to the goal only when it shares more than a word with it', () => {
  it.each([
    ['efua-mensah-bonsu-rd', 'jakub'], // "a small world" and "a small sourdough bakery"
    ['jerome-delacruz-chief-officer', 'nurul'], // placement fees for seafarers, to a therapist moving into product
    ['ioana-dragomir-audio', 'mwila'], // "This belongs to the whole team", to someone finishing a BPharm
    ['rogelio-manalo-ce-ph', 'jakub'], // "Do you ask before you open a valve?", to someone opening a bakery
  ])('%s ← %s: no claim', (slug, sender) => {
    expect(unseenDraft(slug, sender, 'connection-note').body).not.toMatch(/close to my goal/);
  });

  it('a line squarely on the goal still says so (Ravindra ← the analyst: simple dashboards)', () => {
    const ravindra = readFixtures().find((f) => f.name === 'ember-2024-d')!.profile;
    const analyst = SENDERS.find((s) => s.id === 'analyst')!;
    const d = composeAsk({ profile: ravindra, me: analyst.me, channel: 'connection-note', now: NOW, myTimeZone: analyst.myTimeZone });
    expect(d.body).toMatch(/^Hi Ravindra, your post on simple dashboards[^.]* is close to my goal\./);
  });
});

describe('a list is not a line to quote', () => {
  it.each([
    ['Polish / English / basic German and Russian.', 0],
    ['Pilot / Instructor / Founder', 0],
    ['I moved from warehouse to planning / dispatch in 2019.', 1],
  ])('%j → %i quotable', (text, n) => expect(quotableSentences(text)).toHaveLength(n));

  it('a keycap number heading a line is its bullet, and a lone capital after an abbreviation goes on its sentence', () => {
    expect(sentences('Nobody falls in love with a transfer fee.\n2\ufe0f\u20e3 Meet customers where they are.')).toEqual(['Nobody falls in love with a transfer fee.', 'Meet customers where they are.']);
    expect(sentences('The company paid for your kat. D licence if you signed for two years. I stayed eight. A bus came.')).toEqual(['The company paid for your kat. D licence if you signed for two years.', 'I stayed eight.', 'A bus came.']);
  });

  it('Tomasz ← Álvaro opens on no list of languages', () => {
    for (const ch of ['message', 'connection-note'] as const) expect(unseenDraft('tomasz-wisniewski-logistyka', 'alvaro', ch).body).not.toMatch(/Polish \/ English/);
  });
});

describe('their own city, as a place is written', () => {
  it.each([
    [{ city: 'Kraków', shortTermGoal: 'open a small sourdough bakery in krakow' }, 'open a small sourdough bakery in Kraków'],
    [{ city: 'manchester', shortTermGoal: 'a paid fundraising job in manchester' }, 'a paid fundraising job in Manchester'],
    [{ city: 'Dartmouth, Nova Scotia', shortTermGoal: 'start a choir in dartmouth' }, 'start a choir in Dartmouth'],
    [{ city: 'San Jose', shortTermGoal: 'work in the san jose courts' }, 'work in the San Jose courts'],
    // Typed with a capital already: as typed. Another place: as typed (nothing says how it is written).
    [{ city: 'Kraków', shortTermGoal: 'open a bakery in Krakow' }, 'open a bakery in Krakow'],
    [{ city: 'Kraków', shortTermGoal: 'open a bakery in warsaw' }, 'open a bakery in warsaw'],
    [{ city: '', shortTermGoal: 'open a bakery in krakow' }, 'open a bakery in krakow'],
  ])('%j → %j', (me, said) => expect(withPlaceNames(me).shortTermGoal).toBe(said));

  it('Jakub’s drafts say Kraków', () => {
    const body = unseenDraft('liis-kuusk-bakery-ee', 'jakub').body;
    expect(body).toMatch(/Kraków/);
    expect(body).not.toMatch(/krakow/);
  });
});

describe('a reason said back once', () => {
  it('"I also host the company\'s summer internship" is said with one "also"', () => {
    const body = unseenDraft('omerfarukcelik-agro', 'lucia').body;
    expect(body).toMatch(/You also host the company's summer internship/);
    expect(body).not.toMatch(/\balso also\b/);
  });
});

describe('a long name as people shorten it, never cut with "…"', () => {
  it.each([
    ['Judiciary of the Republic of Trinidad and Tobago', 'the Judiciary of Trinidad and Tobago'],
    ['Ministry of Environment of the Republic of Lithuania', 'the Ministry of Environment of Lithuania'],
    ['Ministry of Health and Social Protection of the Republic of Moldova', 'the Ministry of Health and Social Protection'],
    ['Northern Institute of Public Health', 'Northern Institute of Public Health'],
  ])('%j → %j', (company, said) => expect(orgName(company)).toBe(said));

  it('Natasha ← Kasun asks how she ended up at the Judiciary of Trinidad and Tobago', () => {
    expect(unseenDraft('natasha-boodram-5e2a9c71', 'kasun').body).toMatch(/How did you end up at the Judiciary of Trinidad and Tobago\?/);
  });
});

describe('names a note can say', () => {
  it.each([
    ['Nothing in conservation is urgent.', ''],
    ['Some places are free for Pacific Islanders; others pay a cost-recovery fee.', ''],
    ['Simple dashboards that everyone reads beat clever ones that nobody opens.', 'simple dashboards that everyone reads'],
  ])('topicOf(%j) → %j', (line, topic) => expect(topicOf(line)).toBe(topic));

  it.each([
    ["We're hiring - Field Operations Lead (Kaduna)\nApply by Friday.", 'a field operations lead'],
    ["We're hiring – morning baker (full-time)\nStart at 4am.", 'a morning baker'],
    ["We're hiring 2 junior physiotherapists for our new Donostia clinic!", '2 junior physiotherapists for your new Donostia clinic'],
  ])('hiringPost(%j) → %j', (post, whom) => expect(hiringPost(post)).toBe(whom));

  it('a goal without "my" keeps its article ("secure a 6-month clinical placement")', () => {
    expect(withoutMine('secure my 6-month clinical placement before 31 March')).toBe('secure a 6-month clinical placement before 31 March');
    expect(unseenDraft('litia-vunibola-reefs', 'chikondi', 'connection-note').body).not.toMatch(/secure 6-month/);
  });
});

describe('"You were … too" only to someone who no longer is one', () => {
  it('Winnie, a court interpreter still, is not told she was one (Ndapewa, a court interpreter)', () => {
    expect(unseenDraft('winnie-cheung-court-interpreter', 'ndapewa').body).not.toMatch(/You were a court interpreter too/);
  });
});
