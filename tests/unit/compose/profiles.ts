/**
 * Test profiles: the shared LinkedIn fixtures (read in place, never copied: fixtures MANIFEST) turned
 * into Profiles, plus synthetic people written here so the suite means something without them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { emptyProfile, ProfileSchema, type Profile } from '../../../lib/linkedin/schema';
import { MeSchema, type Me } from '../../../lib/settings/schema';
import { fixturesDir } from '../../fixtures-dir';

/** $COFFEE_CHAT_FIXTURES, else <project root>/../shared/fixtures/linkedin; null when absent. */
export const FIXTURES = fixturesDir();
export const HAVE_FIXTURES = FIXTURES !== null;

interface Expected {
  url: string;
  fullName: string | null;
  firstName: string | null;
  headline: string | null;
  location: string | null;
  pronouns: string | null;
  connectionDegree: '1st' | '2nd' | '3rd' | null;
  current: { title: string | null; company: string | null } | null;
  aboutStartsWith: string | null;
  experience: { title: string; company: string; dates: string | null }[];
  education: { school: string; degree?: string | null }[];
  activity: { kind: 'post' | 'repost' | 'comment' | 'article'; textStartsWith: string }[];
  featured: { title: string }[];
  skillsVisible: string[];
}

/**
 * An expected.json as a Profile: text := textStartsWith, about := aboutStartsWith, skills := skillsVisible,
 * slug from the URL. sdui-2026-self has a current company without a title (null), as the reader returns it.
 */
export function toProfile(e: Expected): Profile {
  const slug = /\/in\/([^/]+)/.exec(e.url)?.[1] ?? '';
  return ProfileSchema.parse({
    ...emptyProfile(e.url, slug),
    fullName: e.fullName, firstName: e.firstName, headline: e.headline, location: e.location,
    pronouns: e.pronouns, connectionDegree: e.connectionDegree,
    current: e.current ? { title: e.current.title, company: e.current.company ?? '' } : null,
    about: e.aboutStartsWith,
    experience: e.experience.map((x) => ({ title: x.title, company: x.company, dates: x.dates })),
    education: e.education.map((x) => ({ school: x.school, degree: x.degree ?? null })),
    activity: e.activity.map((a) => ({ kind: a.kind, text: a.textStartsWith })),
    featured: e.featured.map((f) => ({ title: f.title })),
    skills: e.skillsVisible,
  });
}

/** Every fixture profile by file name (empty without the shared folder). */
export function fixtureProfiles(): { name: string; profile: Profile }[] {
  const dir = FIXTURES;
  if (dir === null) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.expected.json'))
    .sort()
    .map((f) => ({ name: f.replace('.expected.json', ''), profile: toProfile(JSON.parse(readFileSync(join(dir, f), 'utf8')) as Expected) }));
}

/** A synthetic person: `over` replaces any field of a plain profile. */
export function person(slug: string, over: Partial<Profile> = {}): Profile {
  return ProfileSchema.parse({ ...emptyProfile(`https://www.linkedin.com/in/${slug}/`, slug), ...over });
}

const job = (title: string, company: string, dates: string) => ({ title, company, dates });

/** A dozen and more synthetic people, covering every hook kind and the sparse cases. */
export const SYNTHETIC: Profile[] = [
  person('anna-berg', { firstName: 'Anna', fullName: 'Anna Berg', headline: 'VP Engineering at Fjord Labs', location: 'Oslo, Norway', current: { title: 'VP Engineering', company: 'Fjord Labs' }, activity: [{ kind: 'post', text: 'We cut our deploy time in half by deleting code nobody used. Here is how.' }], experience: [job('VP Engineering', 'Fjord Labs', 'Jan 2022 - Present'), job('Engineering Manager', 'Nordlys', 'Mar 2018 - Dec 2021')] }),
  person('kwame-mensah', { firstName: 'Kwame', fullName: 'Kwame Mensah', headline: 'Product Lead | Fintech | Payments', location: 'Accra, Greater Accra Region, Ghana', current: { title: 'Product Lead', company: 'PayBridge' }, activity: [{ kind: 'article', text: 'What mobile money taught me about onboarding' }] }),
  person('li-wei-chen', { firstName: 'Wei', fullName: 'Chen Li Wei', headline: 'Data Scientist', location: 'Singapore', current: { title: 'Senior Data Scientist', company: 'Harbour Analytics' }, featured: [{ title: 'Talk: Forecasting demand with small data' }] }),
  person('maria-gonzalez-r', { firstName: 'María', fullName: 'María González Ruiz', headline: 'Head of Design', location: 'Madrid, Community of Madrid, Spain', current: { title: 'Head of Design', company: 'Lumbre' }, experience: [job('Head of Design', 'Lumbre', 'Jan 2026 - Present'), job('Design Lead', 'Ola Studio', 'Feb 2020 - Dec 2025')] }),
  person('tom-okafor', { firstName: 'Tom', fullName: 'Tom Okafor', headline: 'Engineering Manager', location: 'London Area, United Kingdom', current: { title: 'Engineering Manager', company: 'Tidewater' }, about: 'I help new managers find their feet: fewer meetings, clearer goals, more trust.' }),
  person('priya-raman', { firstName: 'Priya', fullName: 'Priya Raman', headline: 'Staff Engineer', location: 'Bengaluru, Karnataka, India', current: { title: 'Staff Engineer', company: 'Finch' }, education: [{ school: 'Lakeview Institute of Technology', degree: 'MSc' }] }),
  person('jonas-weber', { firstName: 'Jonas', fullName: 'Jonas Weber', headline: 'Platform Architect', location: 'Munich, Bavaria, Germany', current: { title: 'Platform Architect', company: 'Finch' }, experience: [job('Platform Architect', 'Finch', 'May 2019 - Present')] }),
  person('sofia-rossi', { firstName: 'Sofia', fullName: 'Sofia Rossi', headline: 'Growth Marketing', location: 'Stockholm, Stockholm County, Sweden', skills: ['Growth Marketing'] }),
  person('yuki-tanaka', { firstName: 'Yuki', fullName: 'Yuki Tanaka', headline: 'Researcher', location: 'Tokyo, Japan' }),
  person('lena-fischer', { firstName: 'Lena', fullName: 'Lena Fischer', location: 'United States' }),
  person('noname-only-headline', { headline: 'Supply chain analyst | Sustainability' }),
  person('omar-haddad', { firstName: 'Omar', fullName: 'Omar Haddad', headline: 'CTO at Souk Cloud', location: 'Dubai, United Arab Emirates', current: { title: 'CTO', company: 'Souk Cloud' }, activity: [{ kind: 'repost', text: 'Someone else wrote this.' }, { kind: 'post', text: 'Hiring juniors was the best decision we made this year.' }], experience: [job('CTO', 'Souk Cloud', 'Jun 2020 - Present'), job('Lead Engineer', 'Nimbus', 'Jan 2016 - May 2020')] }),
  person('grace-kim', { firstName: 'Grace', fullName: 'Grace Kim', headline: 'Engineering Director', location: 'Seattle, Washington, United States', current: { title: 'Engineering Director', company: 'Cascade' }, activity: [{ kind: 'post', text: 'Three lessons from running our first incident review without blame.' }, { kind: 'article', text: 'Writing design docs people read' }] }),
  person('empty-person'),
];

/** The user, full, sparse and empty (an empty Me must still give a complete draft). */
export const ME_FULL: Me = MeSchema.parse({
  name: 'Ada Moreau', role: 'backend engineer', organisation: 'Finch', whatIDo: 'I build payment systems for small shops',
  shortTermGoal: 'I want to get better at presenting data to non-technical stakeholders',
  longTermGoal: 'move from engineering into product management', missingSkills: ['the financial side of project budgeting'],
  guidance: ['career'], school: 'Lakeview Institute of Technology', city: 'Stockholm',
});
export const ME_SPARSE: Me = MeSchema.parse({ name: 'Sam' });
export const ME_EMPTY: Me = MeSchema.parse({});
export const MES = { full: ME_FULL, sparse: ME_SPARSE, empty: ME_EMPTY };

/** A fixed clock: Tuesday 10 March 2026, 09:14 UTC. */
export const NOW = Date.UTC(2026, 2, 10, 9, 14);
