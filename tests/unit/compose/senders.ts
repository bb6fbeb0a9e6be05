/**
 * Senders in different fields for the draft tests and the demo (tests/demo/drafts.ts), and the real
 * fixture pages read by the real reader (jsdom, as the reader tests do).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { composeAsk, type ComposedAsk } from '../../../lib/compose';
import { readProfile } from '../../../lib/linkedin';
import type { Profile } from '../../../lib/linkedin/schema';
import { MeSchema, type Me } from '../../../lib/settings/schema';
import { CHANNELS } from '../../../lib/tracker/schema';
import { fixturesDir } from '../../fixtures-dir';

export interface Sender {
  id: string;
  /** How the demo names them. */
  about: string;
  me: Me;
  myTimeZone: string;
}

export const SENDERS: Sender[] = [
  {
    id: 'analyst', about: 'Marta Kowalska, data analyst at a freight company in Warsaw',
    me: MeSchema.parse({ name: 'Marta Kowalska', role: 'Data Analyst', organisation: 'Vistula Freight', city: 'Warsaw', shortTermGoal: 'I want to present forecasts clearly to non-technical stakeholders', longTermGoal: 'move into product management', missingSkills: ['product discovery'], guidance: ['technical'] }),
    myTimeZone: 'Europe/Warsaw',
  },
  {
    id: 'teacher', about: 'Daniel Tremblay, secondary-school computer science teacher in Toronto moving into software',
    me: MeSchema.parse({ name: 'Daniel Tremblay', role: 'secondary-school teacher', organisation: 'Riverdale Collegiate', whatIDo: 'I teach computer science and Python to high-school students', city: 'Toronto', shortTermGoal: 'change careers into software engineering', missingSkills: ['testing', 'code review'], guidance: ['career'] }),
    myTimeZone: 'America/Toronto',
  },
  {
    id: 'marketer', about: 'Amara Okonkwo, marketing coordinator at a consumer brand in Lagos',
    me: MeSchema.parse({ name: 'Amara Okonkwo', role: 'Marketing Coordinator', organisation: 'Palmwine Foods', city: 'Lagos', shortTermGoal: 'learn how to run pricing and growth experiments', longTermGoal: 'lead growth strategy for a consumer brand', missingSkills: ['partnerships'], guidance: ['career'] }),
    myTimeZone: 'Africa/Lagos',
  },
  {
    id: 'engineer', about: 'Tomás Reyes, junior backend engineer at a payments start-up in Madrid',
    me: MeSchema.parse({ name: 'Tomás Reyes', role: 'Junior Backend Engineer', organisation: 'Pagoluz', city: 'Madrid', shortTermGoal: 'make our payment services reliable under heavy load', longTermGoal: 'lead a platform team', missingSkills: ['observability'], guidance: ['technical'] }),
    myTimeZone: 'Europe/Madrid',
  },
  {
    // Skipped onboarding: the popup asks for these three before the first draft (components/popup/QuickMe.tsx).
    id: 'no-profile', about: 'no profile; answered only the popup\'s three-field prompt',
    me: MeSchema.parse({ name: 'Priya', role: 'nurse', shortTermGoal: 'move into health-tech product work' }),
    myTimeZone: 'Asia/Kolkata',
  },
];

/**
 * Senders the composer was never tuned on (issue 10: "we will score drafts on profiles and senders you haven't
 * seen"): `npx tsx tests/demo/blind.ts unseen` writes their drafts for a blind review of how the rules generalise.
 */
export const UNSEEN_SENDERS: Sender[] = [
  {
    id: 'designer', about: 'Inês Carvalho, product designer at a travel app in Lisbon',
    me: MeSchema.parse({ name: 'Inês Carvalho', role: 'Product Designer', organisation: 'Rumo', city: 'Lisbon', shortTermGoal: 'build a design system that our engineers actually adopt', longTermGoal: 'lead a design team', missingSkills: ['front-end development'], guidance: ['technical'] }),
    myTimeZone: 'Europe/Lisbon',
  },
  {
    id: 'student', about: 'Kamau Njoroge, final-year computer science student in Nairobi',
    me: MeSchema.parse({ name: 'Kamau Njoroge', role: 'Computer Science Student', organisation: 'University of Nairobi', city: 'Nairobi', whatIDo: 'I build small web services in Go and Python', shortTermGoal: 'land my first backend engineering job', missingSkills: ['testing', 'system design'], guidance: ['career'] }),
    myTimeZone: 'Africa/Nairobi',
  },
  {
    id: 'pm', about: 'Jonas Weber, product manager at a logistics start-up in Berlin',
    me: MeSchema.parse({ name: 'Jonas Weber', role: 'Product Manager', organisation: 'Frachtwerk', city: 'Berlin', shortTermGoal: 'write product plans that engineers trust', longTermGoal: 'become head of product', missingSkills: ['data analysis'], guidance: ['technical'] }),
    myTimeZone: 'Europe/Berlin',
  },
  {
    id: 'ops', about: 'Ana Souza, operations manager in São Paulo moving into data analytics',
    me: MeSchema.parse({ name: 'Ana Souza', role: 'Operations Manager', organisation: 'Mercado Verde', city: 'São Paulo', whatIDo: 'I run warehouse operations and build our weekly reports in Excel', shortTermGoal: 'move into data analytics', missingSkills: ['SQL'], guidance: ['career'] }),
    myTimeZone: 'America/Sao_Paulo',
  },
  {
    id: 'no-profile-accountant', about: 'no profile; answered only the popup\'s three-field prompt',
    me: MeSchema.parse({ name: 'Tariq', role: 'accountant', shortTermGoal: 'learn to automate month-end reporting' }),
    myTimeZone: 'Asia/Dubai',
  },
];

/** The sender who skipped onboarding and the prompt: nothing at all. */
export const EMPTY_SENDER: Me = MeSchema.parse({});

export interface ReadFixture {
  name: string;
  profile: Profile;
}

/** Every shared fixture page (the "-fullhead" twins read the same and are left out), read by the real reader. */
export function readFixtures(): ReadFixture[] {
  const dir = fixturesDir();
  if (!dir) return [];
  const names = ['ember-2024-a', 'ember-2024-b', 'ember-2024-d', 'ember-2024-e', 'not-found-2024', 'public-2023-a', 'public-2024-a', 'public-2024-b', 'public-2026-a', 'sdui-2026-b', 'sdui-2026-self'];
  return names.map((name) => {
    const expected = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8')) as { url: string };
    const doc = new JSDOM(readFileSync(join(dir, `${name}.html`), 'utf8'), { url: expected.url }).window.document;
    return { name, profile: readProfile(doc, expected.url).profile };
  });
}

/**
 * Every fixture × sender × channel, with its ask composed once (`draft` memoizes): the property tests over
 * the fixtures read each draft many times.
 */
export function fixtureAsks(fixtures: ReadFixture[], now: number) {
  // The senders the rules were tuned on, and five they never were: every property must hold for both.
  const cases = fixtures.flatMap((f) => [...SENDERS, ...UNSEEN_SENDERS].flatMap((s) => CHANNELS.map((channel) => ({ f, s, channel }))));
  const memo = new Map<string, ComposedAsk>();
  const draft = (c: (typeof cases)[number]): ComposedAsk => {
    const key = `${c.f.name}|${c.s.id}|${c.channel}`;
    let d = memo.get(key);
    if (!d) memo.set(key, (d = composeAsk({ profile: c.f.profile, me: c.s.me, channel: c.channel, now, myTimeZone: c.s.myTimeZone })));
    return d;
  };
  return { cases, draft };
}
