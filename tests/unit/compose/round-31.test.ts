/**
 * r31: a car mechanic wrote to René, who moved from cars to aircraft and invites car mechanics to write ("Si sos mecánico
 * automotriz y estás pensando en pasarte a la aviación, escribime"), and the draft quoted René's thanks to his wife, in Spanish,
 * and called the pair a poor fit. Titles typed or shown in Spanish, Portuguese, French or Norwegian stayed so in English
 * drafts ("an eletricista industrial", "a move to daglig leder"), and an aside between dashes was cut open ("in Porto –
 * check-ins, and I'm working to…"). Found by the r31a blind review; the fix for what it was reviewing (a "why you" from the
 * trade both work in, 9 to 20 against) was not kept.
 */
import { describe, expect, it } from 'vitest';
import { titleInEnglish } from '../../../lib/compose/glossary';
import { invitationIn } from '../../../lib/compose/invitation';
import { otherField } from '../../../lib/compose/aims';
import { meParts } from '../../../lib/compose/ask';
import { isOngoing } from '../../../lib/compose/dates';
import { goalInEnglish } from '../../../lib/compose/goal-in-english';
import { likelyTimeZone } from '../../../lib/compose/timezone';
import { orgName } from '../../../lib/compose/names';
import { senderQuestion } from '../../../lib/compose/typed-questions';
import { composeAsk } from '../../../lib/compose';
import { UNSEEN_SETS, unseenDraft } from './unseen';

const NOW = Date.UTC(2026, 2, 10, 9, 14);

describe('titles in English', () => {
  it.each([
    ['mecanico automotriz', 'Car Mechanic'],
    ['Eletricista Industrial', 'Industrial Electrician'],
    ['Étudiante en maintenance aéronautique (B1.1), dernière année', 'Aircraft Maintenance Student'],
    ['Daglig leder / Founder', 'Managing Director / Founder'],
    ['Supervisora de O&M', 'O&M Supervisor'],
    // The English a title gives in brackets; a translation beside it in another script; a word beside its English.
    ['Mecánico de Aviones (Aircraft Mechanic)', 'Aircraft Mechanic'],
    ['Zastępca Kierownika Zajezdni (Deputy Depot Manager)', 'Deputy Depot Manager'],
    ['Offshore Service Team Lead 運維組長', 'Offshore Service Team Lead'],
    ['Tømrer / Carpenter', 'Carpenter'],
    ['Fonoaudióloga – Consultório', 'Speech Therapist'],
    // A title no part of which is known stays as written, brackets in English too.
    ['Head of Line Maintenance', 'Head of Line Maintenance'],
    ['Medical Science Liaison – Oncology (Andean Cluster)', 'Medical Science Liaison – Oncology (Andean Cluster)'],
  ])('%s → %s', (title, english) => {
    expect(titleInEnglish(title)).toBe(english);
  });

  it('no draft of the fourteenth set names a sender by a title in another language', () => {
    const set = UNSEEN_SETS[13]!;
    for (const p of set.people) for (const s of set.senders) {
      const body = unseenDraft(p.slug, s.id).body;
      expect(body, `${p.slug} ← ${s.id}`).not.toMatch(/\ban? (?:mecanico|eletricista|étudiante)\b/i);
    }
  });
});

describe('a role ongoing in the page\'s own language', () => {
  it.each([
    ['fev. de 2018 - o momento', true],
    ['Jul 2021 - Present', true],
    ['mar. de 2015 - 2018', false],
    ['2014', false],
  ])('%s: %s', (dates, ongoing) => {
    expect(isOngoing(dates)).toBe(ongoing);
  });

  it('never "You were a speech therapist too" to a speech therapist whose dates are in Portuguese', () => {
    for (const ch of ['message', 'inmail', 'email', 'connection-note'] as const) {
      const set = UNSEEN_SETS[14]!;
      const z = set.senders.find((s) => s.id === 'zuzanna-surdologopeda')!;
      const body = composeAsk({ profile: set.people.find((p) => p.slug === 'luana-prates-fono')!, me: z.me, channel: ch, now: NOW, myTimeZone: z.myTimeZone }).body;
      expect(body).not.toMatch(/You were a speech therapist/);
    }
  });
});

describe('an invitation in Central American Spanish', () => {
  it('"Si sos …, escribime" names whom it is for', () => {
    expect(invitationIn('Si sos mecánico automotriz y estás pensando en pasarte a la aviación, escribime.')?.whom).toMatch(/^mecánico automotriz/);
  });

  it('a car mechanic takes René up on it, and asks about the move René made', () => {
    const d = unseenDraft('rene-castaneda-amt', 'wilfredo');
    expect(d.body).toMatch(/your offer to car mechanics/);
    // A question on the move he made, in English: "…from car mechanic to aircraft mechanic?", "…tell a car mechanic who wants to…?".
    expect(d.body).toMatch(/^- .*\bcar mechanic\b.*\?$/m);
    expect(d.fit?.level).toBe('good');
    // Never his thanks to his family, nor any line in Spanish, in an English draft.
    expect(d.body).not.toMatch(/Gracias|esposa/);
  });

  it('never to an aircraft maintenance student, who is no car mechanic', () => {
    for (const ch of ['message', 'connection-note'] as const) expect(unseenDraft('rene-castaneda-amt', 'nadege', ch).body).not.toMatch(/offer to/);
  });
});

describe('a move into the same job in another field', () => {
  it.each([
    ['car mechanic', 'aircraft mechanic', true],
    ['medical interpreter', 'court interpreter', true],
    ['mechanic', 'senior mechanic', false],
    ['journeyman farrier', 'master farrier', false],
    ['third officer', 'second officer', false],
    ['floor supervisor', 'housekeeping supervisor', false],
    ['ambulance paramedic', 'site paramedic', false],
  ])('%s → %s: %s', (a, b, other) => {
    expect(otherField(a, b)).toBe(other);
  });
});

describe('what the sender does, without an aside cut open', () => {
  it('drops the aside between dashes before cutting at a comma', () => {
    const whatIDo = 'I run a small bike shop in Leeds with my brother – sales, parts and repairs – and I coach a youth cycling club on Saturdays.';
    // Once "…with my brother – sales".
    expect(meParts({ name: 'Ana', whatIDo, shortTermGoal: 'move into bike fitting' }).work).toBe('I run a small bike shop in Leeds with my brother');
  });

  it('Inês, at a hotel front desk, says who she is in words that read whole', () => {
    const set = UNSEEN_SETS[6]!;
    const ines = set.senders.find((s) => s.id === 'ines')!;
    for (const p of set.people) {
      const body = composeAsk({ profile: p, me: ines.me, channel: 'message', now: NOW, myTimeZone: ines.myTimeZone }).body;
      expect(body, p.slug).not.toMatch(/check-ins, and/);
    }
  });
});

describe('a goal typed in Spanish, Portuguese or French', () => {
  it.each([
    ['quiero certificarme como interprete de LSM (EC0085) este año 🙏 pero no se por donde empezar', 'I want to get certified as an LSM interpreter this year'],
    ['Trabajar como intérprete de tiempo completo, quizás en televisión', 'I want to work as an interpreter'],
    ['quero trabalhar como fonoaudióloga no próximo ano', 'I want to work as a speech therapist next year'],
    ['je veux devenir infirmière', 'I want to become a nurse'],
    // One it can't say in English is left unsaid, never pasted into an English sentence.
    ['quiero aprender a catar café', ''],
    // In English: not this function's.
    ['get a job in finance', null],
  ])('%s → %j', (typed, english) => {
    expect(goalInEnglish(typed)).toBe(english);
  });

  it('a teacher in Monterrey says her goal in English to every person of her set, or not at all', () => {
    const set = UNSEEN_SETS[14]!;
    const lupita = set.senders.find((s) => s.id === 'lupita-maestra-lsm')!;
    for (const p of set.people) for (const ch of ['message', 'connection-note'] as const) {
      const d = composeAsk({ profile: p, me: lupita.me, channel: ch, now: NOW, myTimeZone: lupita.myTimeZone });
      expect(d.body, `${p.slug} ${ch}`).not.toMatch(/quiero|certificarme|pero no se/);
      expect(d.body, `${p.slug} ${ch}`).toMatch(/certified as an LSM interpreter|making the same move/);
    }
  });

  it('her move is the one Itzel made, and the popup says the fit is good', () => {
    const set = UNSEEN_SETS[14]!;
    const lupita = set.senders.find((s) => s.id === 'lupita-maestra-lsm')!;
    const d = composeAsk({ profile: set.people.find((p) => p.slug === 'itzel-sanchez-barragan-lsm')!, me: lupita.me, channel: 'message', now: NOW, myTimeZone: lupita.myTimeZone });
    expect(d.body).toMatch(/move from special education teacher to LSM interpreter/);
    expect(d.fit?.level).toBe('good');
  });
});

describe('time zones of the unseen pages', () => {
  it.each([
    ['San Luis Talpa, La Paz Department, El Salvador', 'America/El_Salvador'],
    ['João Câmara, Rio Grande do Norte, Brazil', 'America/Fortaleza'],
    ['Nuevo Laredo, Tamaulipas, Mexico', 'America/Matamoros'],
    ['Batam, Riau Islands, Indonesia', 'Asia/Jakarta'],
    ['Khanbogd, Omnogovi, Mongolia', 'Asia/Ulaanbaatar'],
    ['Chaguanas, Borough of Chaguanas, Trinidad and Tobago', 'America/Port_of_Spain'],
    ['Ialoveni, Ialoveni District, Moldova', 'Europe/Chisinau'],
    ['Suva, Central Division, Fiji', 'Pacific/Fiji'],
    // A name several places share, alone, is no place.
    ['Kingston', null],
    ['La Paz', null],
  ])('%s → %s', (location, zone) => {
    expect(likelyTimeZone(location)).toBe(zone);
  });

  it('every page of every unseen set has a zone, so a draft can say when theirs is far from the sender\'s', () => {
    const none = UNSEEN_SETS.flatMap((s) => s.people).filter((p) => p.location && !likelyTimeZone(p.location)).map((p) => p.location);
    expect(none).toEqual([]);
  });
});

describe('no workplace in another language\'s word for none', () => {
  it.each(['Independiente', 'Autónomo', 'Autônoma', 'Selbstständig'])('%s names no organisation', (company) => {
    expect(orgName(company)).toBe('');
  });
});

describe('the question a sender typed inside their goal', () => {
  it.each([
    ['Obtain an A320 type rating. I would appreciate guidance on whether to self-fund the type course, and on converting my licence.', 'Should I self-fund the type course?'],
    ['pass my last 3 modules before september. or is it smarter to do GWO and go to wind like some of my classmates?', 'Is it smarter to do GWO and go to wind like some of my classmates?'],
    ['Move into an offshore wind service technician role within 12 months – which of my licences and experience actually count, and is GWO plus an HV course enough?', 'Which of my licences and experience actually count?'],
    // A question leaning on what came before is none.
    ['get a job in finance. is it ok??', ''],
  ])('%s → %j', (goal, q) => {
    expect(senderQuestion(goal)).toBe(q);
  });

  it('is asked of someone whose post is squarely on the goal, though it shares one word with their page', () => {
    expect(unseenDraft('salim-alharthy-b1', 'tendai').body).toMatch(/^- Should I self-fund the type course\?$/m);
  });
});
