/**
 * r33: a new unseen set (19: social work, charities and the public sector, written by a helper who had not seen the composer)
 * was scored blind before any fix at 2.38 of 5. What broke in general ways: a goal typed in Italian went into all of its
 * sender's drafts ("working towards Mi trasferisco a Rotterdam…"); a role that is a state ("Returning to work") became "a
 * returning to work at Volunteer" and, in notes, "a work"; "Educatrice professionale" was cut to "a professionale"; goals cut
 * on a word that led into what was cut ("…route starting.", "…in Chicago like program."); "Starbucks (for Now)"; lines in
 * Dutch quoted to senders who read none; an offer extended in a later sentence ("Same goes for teaching assistants…") was
 * missed; and a bare denial was given as the reason ("You also write that you didn't start out in charities").
 */
import { describe, expect, it } from 'vitest';
import { offeredMinutes } from '../../../lib/compose/compose-ask';
import { goalInEnglish } from '../../../lib/compose/goal-in-english';
import { achieved, taughtBy } from '../../../lib/compose/line-questions';
import { goal } from '../../../lib/compose/goals';
import { titleInEnglish } from '../../../lib/compose/glossary';
import { invitationIn, invitedName } from '../../../lib/compose/invitation';
import { orgName } from '../../../lib/compose/names';
import { fullerRole } from '../../../lib/compose/people';
import { topicOf } from '../../../lib/compose/clauses';
import { findOpeners } from '../../../lib/compose/openers';
import { pointBack, sharedPhrase } from '../../../lib/compose/questions';
import { foreignStretch } from '../../../lib/settings/language';
import { UNSEEN_SETS, unseenDraft, unseenPerson, unseenSender } from './unseen';

const SET = UNSEEN_SETS[18]!;
const CHANNELS = ['message', 'connection-note'] as const;
/** Every draft from one sender to each page of a set, on both channels. */
const everyIn = (set: (typeof UNSEEN_SETS)[number], sender: string) => set.people.flatMap((p) => CHANNELS.map((ch) => ({ who: `${p.slug} ${ch}`, body: unseenDraft(p.slug, sender, ch).body })));
const every = (sender: string) => everyIn(SET, sender);

describe('a move typed in another language is said in English', () => {
  it.each([
    ['Mi trasferisco a Rotterdam a marzo 2027 con il mio compagno. I want to understand…', 'I want to move to Rotterdam in March 2027'],
    ['Me mudo a Madrid en septiembre 2026', 'I want to move to Madrid in September 2026'],
    ['Vou me mudar para Lisboa', 'I want to move to Lisboa'],
    ['Ich ziehe nach Wien im Mai 2027', 'I want to move to Wien in May 2027'],
    ['Ik verhuis naar Utrecht', 'I want to move to Utrecht'],
  ])('%s → %s', (typed, said) => {
    expect(goalInEnglish(typed)).toBe(said);
  });

  it('Giulia says where she is moving, and no Italian is pasted into her drafts', () => {
    for (const { who, body } of every('giulia-educatrice-torino-to-rotterdam')) {
      expect(body, who).toMatch(/mov(?:e|ing) to Rotterdam/);
      expect(body, who).not.toMatch(/trasferisco|compagno|\ba professionale\b/);
    }
  });
});

describe('a role that is a state, and roles in Italian and Dutch', () => {
  it.each([
    ['Returning to work', 'Volunteer - Island Bay Community Pantry', 'career returner', ''],
    ['returning to work', 'Acme', 'career returner', 'Acme'],
    ['Open to work', '', '', ''],
    ['Teaching Assistant', 'Firs Hill', 'Teaching Assistant', 'Firs Hill'],
  ])('%s at %s → %s at %s', (role, organisation, wantRole, wantOrg) => {
    const me = fullerRole({ role, organisation });
    expect(me.role).toBe(wantRole);
    expect(me.organisation).toBe(wantOrg);
  });

  it('Bronwyn is a career returner in every draft, never "a returning to work" or "a work"', () => {
    for (const { who, body } of every('bronwyn-returner-wellington')) {
      expect(body, who).not.toMatch(/a returning|, a work\b|at Volunteer\b|a returner\b/);
    }
  });

  it.each([
    ['Educatrice professionale', 'Social Educator'],
    ['Reclasseringswerker Toezicht', 'Probation Officer'],
    ['Jongerenwerker', 'Youth Worker'],
  ])('%s is said as %s', (title, english) => {
    expect(titleInEnglish(title)).toBe(english);
  });
});

describe('goals and organisations cut where a person would cut them', () => {
  it.each([
    ['trying to land an entry level job at a nonprofit or city/county govt in chicago like program coordinator or grants assistant.', /in chicago$/i],
  ])('%s', (typed, ends) => {
    expect(goal(typed)?.text).toMatch(ends);
  });

  it('no note ends a goal on a word that led into what was cut', () => {
    for (const s of SET.senders) {
      for (const p of SET.people) {
        const body = unseenDraft(p.slug, s.id, 'connection-note').body;
        expect(body, `${p.slug} ${s.id}`).not.toMatch(/\s(?:starting|like|such as|including)[.,]/);
      }
    }
  });

  it.each([
    ['starbucks (for now)', 'starbucks'],
    ['Crestline Foods (contract)', 'Crestline Foods'],
    ['Universidade de Pernambuco (UPE)', 'Universidade de Pernambuco (UPE)'],
  ])('%s → %s', (typed, name) => {
    expect(orgName(typed)).toBe(name);
  });
});

describe('lines in a language the sender does not write are not quoted to them', () => {
  it.each([
    ['Vandaag vroeg hij of hij mij mocht bellen als het ooit weer misgaat.', 'Dutch'],
    ['Sinds 2018 werk ik als reclasseringswerker in regio Rotterdam.', 'Dutch'],
    ['Leo tumefunga cohort ya tatu ya vijana kwa mafunzo ya ujuzi.', 'Swahili'],
  ])('%s is %s', (line, language) => {
    expect(foreignStretch(line)?.language).toBe(language);
  });

  it.each(['Families tell a social worker things they would never tell a copper.', 'I run the warehouse and logistics side of the biggest foodbank in town.'])('"%s" is English', (line) => {
    expect(foreignStretch(line)).toBeNull();
  });

  it('no opener quotes Marloes\'s Dutch to senders who write English only; her own invitation is still said in English', () => {
    const marloes = SET.people.find((p) => p.slug === 'marloes-van-den-heuvel-reclassering')!;
    for (const s of SET.senders.filter((x) => x.id !== 'giulia-educatrice-torino-to-rotterdam')) {
      for (const o of findOpeners(marloes, s.me)) if (o.quote && !o.invite) expect(foreignStretch(o.quote), `${s.id}: ${o.quote}`).toBeNull();
    }
  });

  it('a sender who writes Portuguese is still quoted a line in Portuguese or Spanish', () => {
    const thais = unseenSender('thais-tsb-jaboatao').me;
    expect(findOpeners(unseenPerson('juliana-ferraz-saudebucal'), thais).some((o) => o.quote && foreignStretch(o.quote)?.language === 'Portuguese')).toBe(true);
    expect(findOpeners(unseenPerson('ane-arrieta-odontologa'), thais).some((o) => o.quote && foreignStretch(o.quote)?.language === 'Spanish')).toBe(true);
  });
});

describe('an offer extended in a later sentence is an offer', () => {
  const before = ["If you're a police officer wondering whether social work is for you – message me.", "I'm happy to do a 15-minute call."];
  it('"Same goes for …" after an invitation names whom it extends to', () => {
    const inv = invitationIn('Same goes for teaching assistants and family support workers weighing up Step Up vs Frontline vs a university MA.', '', before);
    expect(inv?.whom).toMatch(/^teaching assistants/);
    expect(invitedName(inv!.whom, new Set(['assist']))).toBe('teaching assistants');
  });

  it('with no invitation before it, it is none', () => {
    expect(invitationIn('Same goes for teaching assistants.', '', ['I love my job.'])).toBeNull();
  });

  it('Carl, who invites teaching assistants, is a good fit for Aisha, and her drafts take him up on it', () => {
    const note = unseenDraft('carl-whitworth-43a19b112', 'aisha-ta-to-socialwork-bham', 'connection-note');
    const message = unseenDraft('carl-whitworth-43a19b112', 'aisha-ta-to-socialwork-bham', 'message');
    expect([note.fit.level, message.fit.level]).toEqual(['good', 'good']);
    expect(note.body).toMatch(/offer to teaching assistants/);
    // The message quotes it whole: it names the very routes she is choosing between (r33a paired review).
    expect(message.body).toMatch(/"Same goes for teaching assistants[^"]*Step Up vs Frontline[^"]*", so here I am/);
  });
});

describe('a denial of where they started is said as where they started', () => {
  it('Sunita "didn\'t start out in charities": to a teaching assistant changing careers, "you started out outside charities"', () => {
    expect(unseenDraft('sunitabhamra', 'aisha-ta-to-socialwork-bham').body).toContain('You also write that you started out outside charities, so I thought of you.');
    for (const s of SET.senders) {
      for (const ch of CHANNELS) expect(unseenDraft('sunitabhamra', s.id, ch).body).not.toMatch(/write that you didn't/);
    }
  });
});

describe('what a question points back to', () => {
  it.each([
    ['How do you manage a team of 6 paid staff and the volunteer roster?', 'How do you manage that team?'],
    ['How did you introduce a proper WMS and barcode system?', 'How did you introduce that WMS?'],
    ['How did you lead a team of 4 assistant curators?', 'How did you lead those assistant curators?'],
  ])('%s → %s', (q, back) => {
    expect(pointBack(q)).toBe(back);
  });

  it.each([
    ['Youth-led street work, referrals, holiday programmes, partnership work with Police Scotland.', ''],
    ["Eight years of detached youth work in Glasgow's east end – street corners, skate parks.", ''],
  ])('"%s" names no topic cut before its "work"', (line, topic) => {
    expect(topicOf(line)).toBe(topic);
  });
});

describe('the length of call they offer is the length asked for', () => {
  const page = (about: string) => ({ ...unseenPerson('dean-marsh-0b7716253'), about });
  it.each([
    ["I'm happy to do a 15-minute call and give you the honest version.", 15],
    ['Always happy to have a 30 min chat with anyone starting out.', 30],
    ['I offer a free 20-minute call to new graduates.', 20],
    // Not theirs to offer, or too long for a first ask: the user's own length stands.
    ['Our clinic offers 45-minute assessments.', undefined],
    ['I spent 15 minutes a day on it.', undefined],
  ])('%s → %s', (about, minutes) => {
    expect(offeredMinutes(page(about))).toBe(minutes);
  });

  it("Carl's drafts ask for the 15 minutes he offers, from every sender", () => {
    for (const s of SET.senders) for (const ch of CHANNELS) expect(unseenDraft('carl-whitworth-43a19b112', s.id, ch).body, `${s.id} ${ch}`).toMatch(/\b15[- ]min/);
  });
});

/**
 * r33, set 20 (farming and agritech, scored blind before any fix at 2.54 of 5): a goal typed in Romanian pasted whole; "working
 * towards line up 4-6 farms"; "Sorrel (opening Apr '27)"; an offer to "people from software, data and design" missed by the
 * developer it was written to; a harvest post taking applications for a placement student missed by the student after a
 * placement; "What did sponsoring by a Welsh farming charity teach you…?"; "…when you managed it?"; a reason cut at "is".
 */
describe('set 20: what broke, mended', () => {
  const SET20 = UNSEEN_SETS[19]!;
  const every20 = (sender: string) => everyIn(SET20, sender);

  it.each([
    ['Vreau să devin farm manager în 3-5 ani. I have 6 yrs on UK farms', 'I want to become a farm manager'],
  ])('%s → %s', (typed, said) => {
    expect(goalInEnglish(typed)).toBe(said);
  });

  it("Ionuț's Romanian goal is said in English in every draft, never pasted", () => {
    for (const { who, body } of every20('ionut-farmworker-to-manager')) {
      expect(body, who).not.toMatch(/vreau|devin|\bîn\b/);
    }
    expect(unseenDraft('rob-kettle-farm-manager', 'ionut-farmworker-to-manager').body).toMatch(/become a farm manager/);
  });

  it('a goal opening on "line up" is a verb phrase', () => {
    expect(goal('Line up 4-6 farms to buy from directly before we open in April: veg, greens')).toEqual({ vp: true, text: 'line up 4-6 farms to buy from directly' });
    for (const { who, body } of every20('maya-chef-direct-sourcing')) expect(body, who).not.toMatch(/towards line up|\(opening/);
  });

  it.each([
    ["Sorrel (opening Apr '27)", 'Sorrel'],
    ['Meridian Crest Ship Management (Singapore) Pte. Ltd.', 'Meridian Crest Ship Management'],
    ['Clínica Odonto Vida (particular)', 'Clínica Odonto Vida'],
  ])('%s → %s', (typed, name) => {
    expect(orgName(typed)).toBe(name);
  });

  it('an offer to "people from software, data and design" who ask how to break into agtech reaches a developer heading into agritech', () => {
    const note = unseenDraft('hannah-okafor-reid', 'karthik-dev-to-agritech', 'connection-note');
    const message = unseenDraft('hannah-okafor-reid', 'karthik-dev-to-agritech', 'message');
    expect([note.fit.level, message.fit.level]).toEqual(['good', 'good']);
    expect(note.body).toContain('your offer to people from software, data and design');
    expect(message.body).toMatch(/so here I am/);
  });

  it('a post taking applications for a placement student reaches the student after a placement, and asks what makes one stand out', () => {
    const d = unseenDraft('rob-kettle-farm-manager', 'ciara-ucd-ag-placement');
    expect(d.fit.level).toBe('good');
    expect(d.body).toContain('your post on hiring a 2027/28 placement student');
    expect(d.body).toContain('When you hire a 2027/28 placement student, what makes someone just starting out stand out?');
  });

  it.each([
    ['Sponsored by a Welsh farming charity.', ''],
    ['Drafted grant applications to federal culture funds.', 'What did drafting grant applications teach you about writing proposals?'],
  ])('taughtBy "%s"', (line, q) => {
    expect(taughtBy(line, 'writing proposals')).toBe(q);
  });

  it('a thing of an amount is pointed back to by the thing, never "it"', () => {
    expect(achieved('Managed a lending portfolio of ~A$220m across 90 farming businesses.', true)).toBe('What made the biggest difference when you managed that portfolio?');
  });

  it('no reason is cut where it should begin, and no note opens on a lowered name', () => {
    for (const s of SET20.senders) {
      for (const p of SET20.people) {
        for (const ch of CHANNELS) {
          const body = unseenDraft(p.slug, s.id, ch).body;
          expect(body, `${p.slug} ${s.id}`).not.toMatch(/\b(?:is|are|to|of|the),? so I thought of you/);
          expect(body).not.toMatch(/sponsoring by|ground Truth/);
        }
      }
    }
    expect(topicOf('Ground Truth works with mixed farming and grazing businesses on the transition.')).toBe('Ground Truth');
    expect(topicOf('Technical English matters more than people think.')).toBe('technical English');
  });

  it('a unit named after a colon is the unit they head; a role with a field word keeps it in a note', () => {
    expect(fullerRole({ role: 'Head of Clinical Unit: Maxillofacial and Oral Surgery' }).role).toBe('Head of the Maxillofacial and Oral Surgery Unit');
    expect(fullerRole({ role: 'Head of Department - Science' }).role).toBe('Head of the Science Department');
    for (const p of UNSEEN_SETS[17]!.people) expect(unseenDraft(p.slug, 'jade-dn-ortho-leeds', 'connection-note').body).not.toMatch(/Jade, a nurse/);
  });
});

describe('set 20, after its scores: the invitation in Spanish, a question as a topic, Hindi, phrases cut short', () => {
  it('"Si sos estudiante …, escribime" reaches the student after a placement, named in English', () => {
    for (const ch of CHANNELS) {
      const d = unseenDraft('luciaferreyra-agro', 'ciara-ucd-ag-placement', ch);
      expect(d.fit.level).toBe('good');
      expect(d.body).toContain('your offer to students');
    }
  });

  it('a question of theirs names no topic ("your line on who else")', () => {
    expect(topicOf('Who else is doing feed budgets for summer right now?')).toBe('');
    expect(topicOf('Which tools do you use?')).toBe('');
  });

  it('Hindi in Latin letters is another language, never quoted to a sender who writes only English', () => {
    expect(foreignStretch('Harvest season shuru hone wala hai aur is saal baarish ne phir se darr dikhaya.')?.language).toBe('Hindi');
    const aniket = unseenPerson('aniket-patil-grapes');
    for (const s of UNSEEN_SETS[19]!.senders) for (const o of findOpeners(aniket, s.me)) if (o.quote) expect(o.quote).not.toMatch(/shuru hone/);
  });

  it.each([
    ['I post about farming real life – rate crash, unseasonal rain.', 'farming life', ''],
    ['Running day-to-day ops at an indoor vertical farm growing leafy greens for retailers.', 'farm work', 'vertical farm'],
    ['I build data products that help teams decide.', 'data products', 'data products'],
  ])('sharedPhrase("%s", "%s") → "%s"', (quote, near, phrase) => {
    expect(sharedPhrase(quote, near)).toBe(phrase);
  });
});
