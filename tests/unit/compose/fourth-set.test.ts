/**
 * What a fourth set of pages and senders nobody tuned on turned up (s20, unseen-people-4.json): goals written as people talk,
 * titles with a dash or a slash, legal names of firms, and words that share a stem only by accident. Each case is one that
 * went wrong there.
 */
import { describe, expect, it } from 'vitest';
import { composeAsk } from '../../../lib/compose';
import { careerTarget } from '../../../lib/compose/aims';
import { gerund, withSubject } from '../../../lib/compose/clauses';
import { goal } from '../../../lib/compose/goals';
import { aimTerms, relevance, stemOf } from '../../../lib/compose/meaning';
import { orgName } from '../../../lib/compose/names';
import { sharedPhrase } from '../../../lib/compose/questions';
import { asWritten } from '../../../lib/compose/titles';
import { NOW } from './profiles';
import { UNSEEN_SETS, unseenDraft } from './unseen';

const draft = unseenDraft;

describe('goals written as people talk', () => {
  it.each([
    ["honestly I'd love to eventually get into documentary editing, ideally somewhere that does long-form films, but first I need to build a reel", 'get into documentary editing'],
    ['move into an HR assistant or HR generalist role in retail within the next year', 'move into an HR assistant or HR generalist role in retail'],
    ['get my first branch manager or head of services role in the next two years', 'get a first branch manager or head of services role'],
  ])('goal(%j) → %j', (text, want) => expect(goal(text)?.text.replace(/\bmy first\b/, 'a first')).toBe(want));

  it.each([
    // The first of two, without the word for a group; "get into" is a move like "move into".
    ['specialise in cost estimation and move into a cost management or QS team', 'cost management'],
    ['get into documentary editing', 'documentary editing'],
    ['get into the habit of writing weekly', ''],
  ])('careerTarget(%j) → %j', (text, want) => expect(careerTarget(text)).toBe(want));

  it.each([
    ['specialise in cost estimation and move into a cost management team', 'specialising in cost estimation and moving into a cost management team'],
    ['learn SQL and build dashboards', 'learning SQL and building dashboards'],
    ['present forecasts and test ideas', 'presenting forecasts and test ideas'],
  ])('gerund(%j) → %j', (vp, want) => expect(gerund(vp)).toBe(want));
});

describe('titles and names as a person writes them mid-sentence', () => {
  it.each([
    ['Associate Director – Cost Management', 'associate director of cost management'],
    ['Field Development Agronomist – Greenhouse Vegetables', 'field development agronomist'],
    ['HR Business Partner – Stores', 'HR business partner'],
    ['Supply Chain Lead – Southeast Asia', 'supply chain lead'],
    ['Scrum Master - Software Engineer', 'scrum master and software engineer'],
    ['Reporter / Video Journalist', 'reporter and video journalist'],
    ['European Patent Attorney', 'European patent attorney'],
  ])('asWritten(%j) → %j', (title, want) => expect(asWritten(title)).toBe(want));

  it.each([
    ['Saronikos Port Authority S.A.', 'Saronikos Port Authority'], ['Rahman Lisle Cost Consultants Sdn Bhd', 'Rahman Lisle Cost Consultants'],
    ['Bachmann Kessler Patentanwälte AG', 'Bachmann Kessler Patentanwälte'], ['Akdeniz Gübre A.Ş.', 'Akdeniz Gübre'],
    ['Binaan Serantau Berhad', 'Binaan Serantau'], ['LogiPadana S.r.l.', 'LogiPadana'], ['Toros Tohum', 'Toros Tohum'],
  ])('orgName(%j) → %j', (company, want) => expect(orgName(company)).toBe(want));

  it('never ends a question on a legal form or a stray full stop', () => {
    for (const { people, senders } of UNSEEN_SETS)
      for (const p of people)
        for (const s of senders) {
          const d = composeAsk({ profile: p, me: s.me, channel: 'message', now: NOW, myTimeZone: s.myTimeZone });
          expect(d.body, `${p.slug} ← ${s.id}`).not.toMatch(/\b(?:S\.A|Sdn Bhd|AG|A\.Ş|S\.r\.l)\.?\?|\.\?/u);
          expect(d.body, `${p.slug} ← ${s.id}`).not.toMatch(/\b(?:within|in|by) the\.?$|honestly I'd/m);
        }
  });
});

describe('words that share a stem only by accident, or only by their ending', () => {
  it('an editor edits, a physiotherapist does physio, an agronomist agronomy', () => {
    expect(stemOf('editor')).toBe(stemOf('editing'));
    expect(stemOf('physiotherapist')).toBe(stemOf('physio'));
    expect(stemOf('agronomist')).toBe(stemOf('agronomy'));
    expect(stemOf('psychologist')).toBe(stemOf('psychology'));
  });

  it('a harbour master\'s "fatigue management" shares nothing with a move into cost management', () => {
    const want = aimTerms('specialise in cost estimation and move into a cost management team');
    expect(relevance(want, 'Interested in fatigue management, simulator training for pilots')).toBe(0);
    expect(relevance(want, 'Associate Director – Cost Management')).toBeGreaterThanOrEqual(2);
  });

  it('names no phrase across a comma', () => {
    expect(sharedPhrase('Interested in fatigue management, simulator training for pilots', 'management')).toBe('fatigue management');
  });

  it('says how they are, not what they did, of a line that opens "Interested in"', () => {
    expect(withSubject('Interested in fatigue management and port safety')).toBe("I'm interested in fatigue management and port safety");
  });
});

describe('drafts on the fourth set', () => {
  it('a reporter moving into editing asks an editor who was a reporter how she made that move', () => {
    const d = draft('femkevanderheijden', 'matthias', 'message');
    expect(d.body).toMatch(/moved from reporter[^?]*to assistant editor\?/);
    expect(d.body).not.toMatch(/honestly|I'd love/);
  });

  it('a harbour master is no fit for a junior architect heading into cost management', () => {
    const d = draft('capt-nikolaos-papadakis', 'hira', 'message');
    expect(d.fit.level).toBe('poor');
    expect(d.body).not.toMatch(/management simulator|write that interested/);
  });
});

describe('a line on people of the sender\'s kind making the sender\'s move', () => {
  it.each([
    ['nurulainahashim-qs', 'hira', /your post on how to move into cost management/, /What would you tell a junior architect who wants to move into cost management\?/],
    ['abena-owusu-ansah', 'kadri', /"Some of the best HR people I know started by running a shift"/, /What would you tell a shift manager who wants to move into HR\?/],
  ])('%s ← %s: opens on it, calls the fit good and asks what they would tell such a person', (slug, sender, opening, question) => {
    const d = draft(slug, sender, 'message');
    expect(d.body.split('\n\n')[1]).toMatch(opening);
    expect(d.body).toMatch(question);
    expect(d.fit.level).toBe('good');
  });

  it('never says the opening again as its reason', () => {
    for (const { people, senders } of UNSEEN_SETS)
      for (const p of people)
        for (const s of senders) {
          const d = composeAsk({ profile: p, me: s.me, channel: 'message', now: NOW, myTimeZone: s.myTimeZone });
          const saw = /I saw that you ([^.]{12,})\./.exec(d.body)?.[1];
          if (saw) expect(d.body, `${p.slug} ← ${s.id}`).not.toContain(`You also ${saw}`);
        }
  });
});

describe('posts and lines about taking people on', () => {
  it('a hiring post is named by whom it hires, and asked what makes a newcomer stand out', () => {
    const d = draft('inigo-etxeberria-fisio', 'lucia', 'message');
    expect(d.body).toMatch(/your post on hiring 2 junior physiotherapists for your new Donostia clinic/);
    expect(d.body).toMatch(/When you hire junior physiotherapists, what makes someone just starting out stand out\?/);
    expect(d.fit.level).toBe('good');
    expect(draft('inigo-etxeberria-fisio', 'lucia', 'connection-note').body).toMatch(/your post on hiring 2 junior physiotherapists\./);
  });

  it('someone who hosts the internship the sender is after is asked whom they take on, and "also" is theirs, not ours', () => {
    const d = draft('omerfarukcelik-agro', 'jomar', 'message');
    expect(d.body).toMatch(/What do you look for in the agriculture students you take on\?/);
    expect(d.body).not.toMatch(/you also host/);
  });
});

describe('what is no shared topic', () => {
  it('"the job is 30% libraries" is nothing like finding a first job as a physio; "when I graduate" is when, not what', () => {
    const d = draft('mette-kjaergaard-bib', 'lucia', 'message');
    expect(d.fit.level).not.toBe('good');
    expect(d.body).not.toMatch(/close to that|when I graduate/);
    expect(relevance(aimTerms('get my first game design job'), 'Your first game design job probably won\'t come from your portfolio website.')).toBeGreaterThan(relevance(aimTerms('get my first game design job'), 'My job is game design.'));
  });

  it('"across four branches" and "across pilotage, VTS, mooring" share no work', () => {
    expect(draft('capt-nikolaos-papadakis', 'johanna', 'message').body).not.toMatch(/close to my own work/);
  });
});
