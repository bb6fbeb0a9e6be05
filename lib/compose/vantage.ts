import type { Profile } from '../linkedin/schema';
import type { GoalForms } from './bridge';
import { terms } from './meaning';

/**
 * What this person's seat lets them see of the sender's goal, when nothing they wrote is on it
 * (ARCHITECTURE.md §2: questions only this person can answer, never assuming knowledge the page
 * doesn't show). A scrum master sees how teams decide what to build; a researcher knows how to tell a
 * real result from noise. Only their role is assumed, and only what any holder of it does; a role with
 * no view of the goal gets nothing here (the popup says the fit is poor).
 */
export type LensId = 'agile' | 'research' | 'education' | 'data' | 'engineering' | 'growth' | 'lead';

/** Their kind of role, from their titles and headline, most telling first. */
const LENSES: readonly [LensId, RegExp][] = [
  ['agile', /\b(?:scrum|agile|delivery|project manager|programme manager|program manager|product owner)\b/i],
  ['research', /\b(?:research(?:er)?|scientist|professor|phd)\b/i],
  ['education', /\b(?:teacher|education|educator|trainer|lecturer|tutor)\b/i],
  ['data', /\b(?:data|analyst|analytics)\b/i],
  ['engineering', /\b(?:engineer|developer|dev|architect|programmer|devops|sre|cto)\b/i],
  ['growth', /\b(?:marketing|growth|brand|sales|commercial|producer)\b/i],
  ['lead', /\b(?:founder|co-founder|ceo|chair|co-chair|director|head of|partner|board|president|chief|vp)\b/i],
];

/** People in a kind of role, for a view that comes from their headline rather than their title. */
const KIND: Record<LensId, string> = { agile: 'scrum masters', research: 'researchers', education: 'educators', data: 'data people', engineering: 'engineers', growth: 'growth teams', lead: 'founders' };

export function lensesOf(profile: Profile): LensId[] {
  const text = [profile.headline, profile.current?.title, ...profile.experience.filter((e) => /present/i.test(e.dates ?? '')).slice(0, 3).map((e) => e.title)].filter(Boolean).join(' | ');
  return LENSES.filter(([, re]) => re.test(text)).map(([id]) => id);
}

/** What the sender's goal needs: a career change (where to), explaining numbers, experiments, or technical depth. */
export type Need = 'change' | 'explaining' | 'experiments' | 'technical' | 'other';

export function needOf(f: GoalForms): Need {
  if (f.target) return 'change';
  const fam = terms(f.inf).families;
  if (fam.has('explaining') || fam.has('numbers')) return 'explaining';
  if (fam.has('growth') || /\bexperiment/i.test(f.inf)) return 'experiments';
  if (fam.has('reliability') || fam.has('payments') || fam.has('software') || fam.has('ai')) return 'technical';
  return 'other';
}

export interface Vantage {
  /** Why this person, in one true sentence ("As a scrum master, you see how teams decide what to build."). */
  why: string;
  /** Two questions from their seat, joined to the sender's goal. */
  questions: [string, string];
  lens: LensId;
}

/** "a scrum master" → "scrum masters"; "someone in growth strategy" → "people in growth strategy". */
export function plural(role: string): string {
  if (/^someone in /.test(role)) return role.replace(/^someone/, 'people');
  const r = role.replace(/^(?:an?|the)\s+/i, '').replace(/ at .*$/, '');
  return /(?:s|sh|ch|x)$/.test(r) ? `${r}es` : /[^aeiou]y$/.test(r) ? `${r.slice(0, -1)}ies` : `${r}s`;
}

/**
 * Their seat's view of the sender's goal, or null when their role gives none. `role`: "a scrum master"
 * (bridge.theirRole). Worded so it assumes only what the role itself does. `bare`: the opening already names their
 * role ("your work as a scrum master"), so the reason doesn't say it again.
 */
export function vantage(lenses: readonly LensId[], role: string, f: GoalForms, need: Need = needOf(f), bare = false): Vantage | null {
  if (!role) return null;
  const many = plural(role);
  // The role the draft names comes first ("As a co-founder" speaks as a founder, not as the "Data & AI" of their headline);
  // a view from the rest of their headline comes after.
  const own = LENSES.filter(([, re]) => re.test(role)).map(([id]) => id);
  for (const lens of [...own, ...lenses.filter((l) => !own.includes(l))]) {
    const As = /^someone in /.test(role) ? `Working in ${role.replace(/^someone in /, '')}` : `As ${role}`;
    // The reason says "in your role"; the first question names it ("As a scrum master, …"): the title once, not twice.
    const v = view(lens, need, '\u0000', own.includes(lens) ? many : KIND[lens], f);
    if (!v) continue;
    const cap = (q: string) => q.replace(/^\u0000, (\p{L})/u, (_, c: string) => c.toUpperCase());
    const qs = v.questions.map(cap) as [string, string];
    // The first question says whose view it asks for ("As a co-founder, when someone brings you a forecast…"), so two
    // people in one kind of role never get the same question; one that names their role already stays as it is.
    if (As && !qs[0].includes(many)) qs[0] = `${As}, ${qs[0].charAt(0).toLowerCase()}${qs[0].slice(1)}`;
    return { why: v.why.replace(/^\u0000, (\p{L})/u, (_, c: string) => (bare ? c.toUpperCase() : `In your role, ${c}`)), questions: qs, lens };
  }
  return null;
}

function view(lens: LensId, need: Need, As: string, many: string, f: GoalForms): Omit<Vantage, 'lens'> | null {
  const t = f.target;
  if (need === 'change') {
    // Everyone who works beside people in the target field can say what working with them takes.
    const beside: Partial<Record<LensId, string>> = {
      agile: `${As}, you see how teams decide what to build.`,
      engineering: `${As}, you work beside the people I hope to join.`,
      data: `${As}, you work beside the people I hope to join.`,
      research: `${As}, you see what makes people good at careful work.`,
      education: `${As}, you see people learn a new field.`,
      lead: `${As}, you decide who joins a team and what they bring.`,
      growth: `${As}, you work with the teams that decide what to build and sell.`,
    };
    const why = beside[lens];
    if (!why) return null;
    if (lens === 'lead') return { why, questions: [`What makes someone coming from another field worth hiring?`, `What do ${many} look for first in someone moving into ${t}?`] };
    const second = lens === 'education' ? `What do people learning a new field most often get wrong in their first months?` : `What do the best ${/^people in /.test(many) ? many.replace(/^people in /, 'people you know in ') : `${many} you know`} do that newcomers miss?`;
    // Two wordings by their kind of role, so no one frame carries every draft.
    const first = lens === 'engineering' || lens === 'data' || lens === 'growth' ? `What do ${many} wish people moving into ${t} knew about working with them?` : `What should someone moving into ${t} know about working with ${many}?`;
    return { why, questions: [first, second] };
  }
  if (need === 'explaining') {
    // Numbers when the goal is about numbers ("present forecasts"); a proposal otherwise ("explain design choices to clients").
    const nums = terms(f.inf).families.has('numbers');
    const thing = nums ? 'numbers' : 'proposals';
    const one = /\bforecast/i.test(f.inf) ? 'a forecast' : nums ? 'numbers' : 'a proposal';
    const by: Partial<Record<LensId, Omit<Vantage, 'lens'>>> = {
      agile: { why: `${As}, you see plans and ${thing} go to the people who decide.`, questions: [`When a team brings ${thing} to a planning meeting, what makes people act on them?`, `What do ${many} wish people presenting ${thing} would leave out?`] },
      lead: { why: `${As}, you are the kind of person ${thing} like mine must convince.`, questions: [`When someone brings you ${one}, what makes you trust it enough to act on it?`, `What do ${many} want to see first when ${thing} come to them?`] },
      research: { why: `${As}, you explain careful results to people outside research.`, questions: [`How do you explain how certain a result is to people without a research background?`, `What do you leave out when you present findings to people who will act on them?`] },
      growth: { why: `${As}, you turn ${thing} into decisions other people have to agree with.`, questions: [`When you bring ${thing} to people who decide, what makes them act on them?`, `What do you leave out when you present results to people outside your field?`] },
      education: { why: `${As}, you explain hard ideas to people new to them.`, questions: [`How do you explain something technical to people who have no time for the details?`, `What tells you that an explanation has landed?`] },
    };
    return by[lens] ?? null;
  }
  if (need === 'experiments') {
    const by: Partial<Record<LensId, Omit<Vantage, 'lens'>>> = {
      research: { why: `${As}, you know how to tell a real result from noise.`, questions: [`How do you tell a real result from noise when the sample is small?`, `What mistakes do you see most often when people outside research run experiments?`] },
      agile: { why: `${As}, you see teams try changes and judge whether they worked.`, questions: [`How do your teams decide whether something they shipped actually worked?`, `What makes a team stop an idea early rather than keep going?`] },
      engineering: { why: `${As}, you ship changes to real users.`, questions: [`How do you tell whether a change made things better before it reaches everyone?`, `What do ${many} do to keep a change easy to undo?`] },
      data: { why: `${As}, you work with the numbers that say whether a change worked.`, questions: [`How do you tell whether a change in the numbers is real or noise?`, `What do people who aren't ${many} most often get wrong when they read a test result?`] },
      growth: { why: `${As}, you see which ideas customers actually respond to.`, questions: [`How do you decide which growth ideas are worth testing first?`, `What makes a test result convincing enough to scale the idea?`] },
      lead: { why: `${As}, you decide which new ideas get more time and money.`, questions: [`How do you decide whether a new idea has earned a bigger test?`, /\bpric/i.test(f.inf) ? `What evidence do you want before you change a price or an offer?` : `What evidence do you want before a new idea goes further?`] },
    };
    return by[lens] ?? null;
  }
  if (need === 'technical') {
    const by: Partial<Record<LensId, Omit<Vantage, 'lens'>>> = {
      engineering: { why: `${As}, you build the kind of systems I'm working on.`, questions: [`What do you check first when a service slows down under load?`, `What do ${many} earlier in their careers most often miss about keeping services up?`] },
      agile: { why: `${As}, you see how teams weigh reliability work against new features.`, questions: [`${As}, how do you help teams make room for reliability work next to new features?`, `What helps an engineer make the case for reliability work to the rest of the team?`] },
      growth: { why: `${As}, you see what a slow or failing service costs with customers.`, questions: [`What does a slow or failing service cost you with customers?`, `What should engineers know about how customers react when a service fails?`] },
      lead: { why: `${As}, you depend on systems that have to hold up when it matters.`, questions: [`What do you need to hear from engineers before you trust a system to hold up?`, `If a system your work depends on fails, what do you want from the engineers?`] },
    };
    return by[lens] ?? null;
  }
  return null;
}
