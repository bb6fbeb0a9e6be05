/**
 * Who the sender is and which of their aims a draft asks about (s22, from the blind review of sets 8 and 9): the name they
 * go by, a graduate's field, a job typed as a form ("obtain the position of …"), and the aim a person's job bears on.
 */
import { describe, expect, it } from 'vitest';
import { quotable } from '../../../lib/compose/clauses';
import { goal } from '../../../lib/compose/goals';
import { offerQuestion } from '../../../lib/compose/questions';
import { senderQuestion } from '../../../lib/compose/typed-questions';
import { asWritten } from '../../../lib/compose/titles';
import { composeAsk } from '../../../lib/compose';
import { NOW } from './profiles';
import { readFixtures, SENDERS, UNSEEN_SENDERS } from './senders';
import { unseenDraft } from './unseen';

const questions = (body: string) => body.split('\n').filter((l) => l.startsWith('- '));

describe('the sender as a person says it', () => {
  it.each([
    ['Graduate, BSc Urban and Regional Planning', 'urban and regional planning graduate'],
    ['Recent Graduate, BA in English Literature', 'recent English literature graduate'],
    ['Student, MSc Data Science', 'data science student'],
    ['Graduate, Marketing', 'graduate'],
  ])('asWritten(%j) → %j', (title, want) => expect(asWritten(title)).toBe(want));

  it.each([
    ['obtain the position of Actuarial Analyst at a life insurer', 'become an actuarial analyst at a life insurer'],
    ['secure a role as Medical Science Liaison in oncology', 'become a medical science liaison in oncology'],
    ['get a job in disease surveillance', 'get a job in disease surveillance'],
  ])('goal(%j) → %j', (text, want) => expect(goal(text)?.text).toBe(want));

  it('a note signs with the name they go by, never "Md."', () => {
    const d = unseenDraft('luc-schmit-5b83a217', 'tanvir', 'connection-note');
    expect(d.body).toMatch(/I'm Tanvir, /);
    expect(d.body).not.toMatch(/\bMd\./);
  });

  it('a graduate says in what, even in a note ("a planning graduate", never "a graduate")', () => {
    expect(unseenDraft('aline-uwase-planner', 'hanna').body).toMatch(/I'm Hanna Tesfaye, an urban and regional planning graduate,/);
    expect(unseenDraft('aline-uwase-planner', 'hanna', 'connection-note').body).toMatch(/I'm Hanna, a planning graduate,/);
  });

  it('a goal to do something is never said as what they do now ("a bartender, doing a harvest")', () => {
    const d = unseenDraft('anamaria-rusu-vin', 'levan', 'connection-note');
    expect(d.body).not.toMatch(/bartender, doing/);
    expect(d.body).toMatch(/looking to do a harvest/);
  });
});

describe('the aim their job bears on', () => {
  it('a pharmacy manager is asked about the first year in the job the sender wants, and about the promotion, not the degree', () => {
    const qs = questions(unseenDraft('kadian-brown-7e21a4c9', 'mwila').body);
    expect(qs[0]).toBe('- What did you find hardest in your first year as a pharmacy manager?');
    expect(qs.join(' ')).toMatch(/get promoted to branch manager/);
    expect(qs.join(' ')).not.toMatch(/BPharm|as a pharmacy manager would/);
  });

  it('never "your first year as" a job the sender is not after, nor two jobs at once', () => {
    expect(unseenDraft('mette-kjaergaard-bib', 'johanna').body).not.toMatch(/first year as director/);
    // A scrum master and software engineer, to a teacher moving into software and a student after a first backend job.
    for (const f of readFixtures().filter((x) => /^(?:public-2024-b|ember-2024-b)$/.test(x.name))) {
      for (const s of [...SENDERS, ...UNSEEN_SENDERS].filter((x) => /^(?:teacher|student)$/.test(x.id))) {
        const d = composeAsk({ profile: f.profile, me: s.me, channel: 'message', now: NOW, myTimeZone: s.myTimeZone });
        expect(questions(d.body).join(' ')).not.toMatch(/first year as a scrum master and/);
      }
    }
  });
});

describe('their page read as they meant it', () => {
  it('a title given in two languages in the headline ("Čebelar / Beekeeper") is named in the plain one', () => {
    const d = unseenDraft('janez-kos-b1204a77', 'ivan');
    expect(d.body).toMatch(/your work as a beekeeper/);
    expect(d.body).not.toMatch(/čebelar\b/i);
  });

  it('the sender\'s own move counts though the old job ran on for months (a roofer who installed solar part-time first)', () => {
    const qs = questions(unseenDraft('elie-khoury-solarpv', 'andreas').body);
    expect(qs.join(' ')).toMatch(/What helped most when you moved from roofer and waterproofing contractor to solar installer\?/);
  });

  it('advice of theirs on the very goal is asked when it fails, never applied to itself', () => {
    const qs = questions(unseenDraft('shermaine-lim-ot', 'sujata').body);
    expect(qs).toContain('- When has that not worked for you?');
    expect(qs.join(' ')).not.toMatch(/apply that idea/);
  });

  it('a particle is no shared topic ("top-up" and "tidy people up")', () => {
    expect(unseenDraft('winnie-cheung-court-interpreter', 'mwila', 'connection-note').body).not.toMatch(/tidy people up/);
  });

  it('a post hiring trainees is asked about hiring only by a sender it bears on', () => {
    expect(unseenDraft('aline-uwase-planner', 'sujata').body).not.toMatch(/When you hire/);
    expect(unseenDraft('anamaria-rusu-vin', 'levan').body).toMatch(/When you hire harvest interns/);
  });
});

describe('what an offer of theirs says they would tell', () => {
  it.each([
    ["If you're a planning graduate in East Africa trying to decide between the public sector and consultancy, DM me – I remember how confusing that first year is.", 'How would you choose between the public sector and consultancy?'],
    ["If you're a language teacher thinking about translation or localization, DM me – I'll tell you honestly what the money, the hours and the first year are like.", 'What are the money, the hours and the first year really like?'],
    ['Happy to answer questions from students and young analysts who are choosing between SOA and IFoA, or trying to get their first actuarial job.', 'How would you choose between SOA and IFoA?'],
    ["If you've failed the ATC selection tests once and are wondering whether to try again, send me a message.", ''],
    ["If you are a chemist and you dream about moving into conservation, escríbeme. I'll tell you honestly which courses were worth it and how I built a portfolio.", 'Which courses were worth it?'],
  ])('offerQuestion(%j) → %j', (line, want) => expect(offerQuestion(line)).toBe(want));

  it('is asked by the people it is made to, and by no one else', () => {
    expect(questions(unseenDraft('aline-uwase-planner', 'hanna').body)).toContain('- How would you choose between the public sector and consultancy?');
    expect(unseenDraft('aline-uwase-planner', 'sujata').body).not.toMatch(/choose between/);
  });
});

describe('a page that shows only a job title', () => {
  it('a note says what the page shows ("I see you work at …"), never that the sender saw their work', () => {
    const d = unseenDraft('luc-schmit-5b83a217', 'tanvir', 'connection-note');
    expect(d.body).toMatch(/^Hi Luc, I see you (?:work at Alzette Re|'re a senior underwriter)/);
    expect(d.body).not.toMatch(/I saw your work/);
  });

  it('someone in their family\'s business is asked how they started in the work, never how they "ended up" there', () => {
    const qs = questions(unseenDraft('janez-kos-b1204a77', 'ivan').body);
    expect(qs).toContain('- How did you get started as a beekeeper?');
    expect(qs.join(' ')).not.toMatch(/end up at/);
  });
});

describe('they once held the sender\'s very job', () => {
  it.each([
    ['martina-kovacova-fsa', 'aigerim', 'You were a junior credit risk analyst too.'],
    ['pieter-janssens-sc', 'tariq', 'You were a personal trainer too.'],
    ['tomasz-wisniewski-logistyka', 'kacper', 'You were a warehouse operative too.'],
  ])('%s, to %s: "%s"', (slug, sender, why) => {
    const d = unseenDraft(slug, sender);
    expect(d.body).toContain(why);
    expect(d.body).not.toMatch(/something close to that/);
  });

  it('is said of no one who never held it', () => {
    expect(unseenDraft('aline-uwase-planner', 'hanna').body).not.toMatch(/You were an? [^.]* too\./);
  });
});

describe('lines a stranger can read on their own', () => {
  it.each([
    ['Not bad for a bank podcast, right?', false],
    ['We make branded podcasts for companies that have something real to say.', true],
  ])('quotable(%j) → %j', (line, ok) => expect(quotable(line)).toBe(ok));
});

describe('a tenth set nobody tuned on (s22)', () => {
  it.each([
    ['Two things: apply for an MSc in marine biology / coral reef ecology with a scholarship (deadline 15 January, motivation letter still not written), and get real survey experience', 'apply for an MSc in marine biology or coral reef ecology with a scholarship'],
    ['I would like to seek advice on transitioning from industrial chemistry to the conservation of cultural heritage, in particular textiles and traditional costumes.', 'transition from industrial chemistry to the conservation of cultural heritage'],
    ['Secure my 6-month clinical placement before 31 March, the hospital slots in Lilongwe are almost full', 'secure my 6-month clinical placement before 31 March'],
    ['open a small sourdough bakery in krakow, plan is to quit mid 2026. how much savings do ppl actualy need', 'open a small sourdough bakery in krakow'],
    ['get a engine cadet berth asap to start my 12 months sea time for the class 4 coc.', 'get an engine cadet berth'],
    ['move into an FP&A or controlling analyst role', 'move into an FP&A or controlling analyst role'],
  ])('goal(%j) → %j', (text, want) => expect(goal(text)?.text).toBe(want));

  it.each([
    ['get a cadet berth. also cant decide if tanker or container ship is better to start', 'Is tanker or container ship better to start with?'],
    ['open a bakery. how much savings do ppl actualy need for this?? and should i work in a real bakery first or just go for it.', 'Should I work in a real bakery first or just go for it?'],
    ['do a harvest. no cellar experiance at all is that ok?? and how do ppl even find wineries that take interns', 'How do people find wineries that take interns?'],
    // "Which one is real?" pointed back to nothing said (s25).
    ['get first contract as 3rd officer. many agencies ask money first and i dont know which one is real', 'How can I tell which agencies are real?'],
  ])('senderQuestion(%j) → %j', (text, want) => expect(senderQuestion(text)).toBe(want));

  it('the sender\'s typed question goes only to someone whose page it bears on', () => {
    expect(questions(unseenDraft('rogelio-manalo-ce-ph', 'kasun').body)).toContain('- Is tanker or container ship better to start with?');
    expect(unseenDraft('carmen-huaman-textiles-pe', 'kasun').body).not.toMatch(/tanker/);
  });

  it('a part-time role beside the main one is no career move', () => {
    expect(unseenDraft('rogelio-manalo-ce-ph', 'kasun').body).not.toMatch(/to part-time instructor/);
  });
});

describe('questions in words a person says', () => {
  it('never "In your work on meet customers" or "on conservation lab": a shared phrase is a plural noun phrase', () => {
    for (const [slug, sender] of [['carmen-huaman-textiles-pe', 'thao'], ['youssef-benjelloun-mktg', 'yasmine']] as const) {
      expect(unseenDraft(slug, sender).body).not.toMatch(/In your work on (?:meet customers|conservation lab)\b/);
    }
  });

  it('an offer is asked by the sender\'s own kind of job only ("Which courses were worth it?" to a chemist, not to a marine engineer)', () => {
    expect(questions(unseenDraft('carmen-huaman-textiles-pe', 'thao').body)).toContain('- Which courses were worth it?');
    expect(unseenDraft('carmen-huaman-textiles-pe', 'kasun').body).not.toMatch(/Which courses were worth it/);
  });
});
