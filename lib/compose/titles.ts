import { isOngoing, parseStart } from './dates';
import { headlineParts, isField, isRole, rolePart } from './headline';
import { latinPart, plainInsert, withArticle } from './text';

/**
 * Job titles as a person writes them mid-sentence: "Member Of The Management Board &
 * Partner" → "member of the management board and partner"; "Scrum Master - Software Engineer" →
 * "scrum master and software engineer". Acronyms ("CTO", "EIR", "GBN"), mixed case ("SAFe", "iOS")
 * and names of products and languages keep their capitals.
 */
const NAMES = new Set(
  ('python java javascript typescript go golang kafka redis django fastapi react angular vue node aws azure gcp google microsoft ' +
    'amazon apple meta linkedin salesforce sap oracle excel pega scrum agile safe tableau power bi sql spark hadoop kubernetes docker ' +
    'linux android ios swift kotlin rust ruby rails php wordpress shopify hubspot figma adobe unity unreal english french spanish german ' +
    'swedish chinese japanese arabic hindi europe asia africa emea apac latam european american british african asian latin nordic revit autocad archicad navisworks sketchup dynamo').split(' '),
);

function word(w: string, first: boolean): string {
  if (/^\p{Lu}{2,}s?$/u.test(w) || /\p{Ll}\p{Lu}/u.test(w) || /\d/.test(w) || (!first && /^(?:I|V|X)$/.test(w))) return w; // CTO, SAFe, iOS, 2x, "Analyst I"
  if (NAMES.has(w.toLowerCase()) && !first) return w;
  if (NAMES.has(w.toLowerCase()) && /^(?:python|java|javascript|kafka|aws|google|microsoft|salesforce|sap|pega|revit|autocad|archicad|navisworks|sketchup|dynamo|european|american|british|african|asian|latin|nordic|english|french|spanish|german|chinese|japanese|arabic)$/i.test(w)) return w;
  return w.replace(/^\p{Lu}(?=\p{Ll}*(?:[-'’]\p{L}+)*$)/u, (c) => c.toLowerCase()).replace(/-\p{Lu}(?=\p{Ll})/gu, (c) => c.toLowerCase());
}

/** "Wind Turbine Technician → Lead Technician": one entry, promoted within it. */
const PROMOTED = /\s*→\s*/;
/** The title an entry with a promotion began with (its dates are that title's), its notes in brackets off. */
export const firstTitle = (title: string) => title.replace(/\s*\([^)]*\)/g, '').split(PROMOTED)[0] ?? title;

/** A title in running text: parenthetical notes off, "&" and " - " read as "and", Title Case lowered. */
export function asWritten(title: string | null | undefined): string {
  // "Senior Data Scientist, Pricing & Forecasting": the role, without what it specialises in; "Director, Product": "director of product".
  // "Head of Product | Nyaya Labs", "Designer @ Acme": what follows the bar or the at sign is where, not what.
  // "Medical student (4th year, MBBS)": the note in brackets off first, so its comma splits nothing (s20 unseen senders).
  // "Offshore Wind Turbine Technician 風機技術員": the part in Latin letters (s14 unseen pages). "Wind Turbine Technician → Lead
  // Technician": a promotion, said as the later title.
  const [role = '', ...rest] = latinPart(plainInsert(title)).replace(/\s*\([^)]*\)/g, '').split(PROMOTED).pop()!.split(/\s+[|@]\s+/)[0]!.split(/,\s+/);
  // "Graduate, BSc Urban and Regional Planning": a graduate in what, as one says it ("an urban and regional planning graduate"),
  // where "a graduate" hid the field the draft is about (s21 blind review).
  const degree = rest.length && /^(?:(?:recent|new)\s+)?(?:graduate|student)$/i.test(role.trim()) ? /^(?:B|M)\.?(?:Sc|A|Eng|Com|Ed|Tech|Arch|S)\.?\s+(?:(?:in|of)\s+)?(\p{L}[\p{L}\s&-]{2,40})$/iu.exec(rest[0] ?? '')?.[1] : '';
  const whole = degree ? role.trim().replace(/\S+$/, (noun) => `${degree} ${noun}`) : rest.length && /^(?:director|head|vp|lead|manager|chief|principal|partner)$/i.test(role.trim()) ? `${role} of ${rest.join(', ')}` : role;
  // "Associate Director – Cost Management": of what, as after a comma; "Field Development Agronomist – Greenhouse
  // Vegetables", "HR Business Partner – Stores": what it specialises in, left out, never "agronomist and greenhouse
  // vegetables" (s20 unseen pages). Two roles stay two ("Scrum Master - Software Engineer").
  const [head = '', part] = whole.split(/\s+[-–—]\s+(?=[^-–—]+$)/);
  const dashed = part === undefined || isRole(part) ? whole : /\b(?:director|head|vp|chief)$/i.test(head.trim()) ? `${head} of ${part}` : head;
  // "IT Auditor / Senior IT Auditor": one job, promoted within it, is the later title (s23 unseen pages: "IT auditor and senior IT auditor").
  const two = dashed.split(/\s+\/\s+/);
  const [was = '', now = ''] = two;
  // "Casual / Installer's Assistant": how they were employed is no job of its own (s25 review: "from casual and installer's assistant").
  const kind = two.length === 2 && /^(?:casual|temporary|temp|seasonal|part-time|full-time|contract|contractor|freelance)$/i.test(was.trim()) ? now : '';
  const promoted = kind || (two.length === 2 && was && now.toLowerCase().replace(/^(?:senior|lead|principal|chief|head)\s+/, '') === was.toLowerCase() ? now : dashed);
  // A grade at the end ("SOC Analyst II", "SOC Analyst L1") is no part of the job as one says it: "a SOC analyst" (s9 unseen
  // pages; r40, set 34).
  // Nor the region it covers ("Visual Merchandising Manager Region Nord": r36, set 24).
  const t = promoted.replace(/(\p{L}{3,})\s+(?:I{1,3}|IV|L[1-4]|Tier [1-4]|Level [1-4])$/u, '$1').replace(/(\p{L}{3,})\s+(?:Region|Area|Bezirk)\s+(?:Nord|Süd|Sud|Ost|West|North|South|East|Mitte|Central|Midlands)$/iu, '$1').replace(/\s+\/\s+/g, ' and ').replace(/\s+[-–—|]\s+/g, ' and ').replace(/\s+&\s*|\s*&\s+/g, ' and ').replace(/\s+/g, ' ').trim();
  if (!t) return '';
  const words = t.split(' ');
  // A title typed in lower case already ("software engg") stays as typed.
  return words.map((w, i) => word(w, i === 0)).join(' ');
}

/** One rule for "a" and "an" before a role (text.ts). */
export const withRoleArticle = withArticle;

/** A title that names a function, not a person ("Corporate Sales"): "your earlier work in corporate sales", never "as a corporate sales" (s13). */
const FUNCTION_TITLE = /\b(?:sales|marketing|operations|finance|procurement|logistics|communications|accounting|administration)$/i;
/** "work as a nurse", "work in corporate sales": a title after "work", with what follows it ("… at Rakuyo Bank"). */
export const workAs = (detail: string) => (FUNCTION_TITLE.test(detail.replace(/\s+(?:at|in)\s+.*$/, '')) ? `work in ${detail}` : `work as ${withRoleArticle(detail)}`);

/** "now" or "earlier" for an experience entry, from its dates (never "earlier" for a role still held). */
export function when(dates: string | null | undefined): 'now' | 'earlier' | '' {
  if (isOngoing(dates)) return 'now';
  return parseStart(dates) ? 'earlier' : '';
}

/** The year a role started, for "since 2021". */
export function since(dates: string | null | undefined): number | null {
  return parseStart(dates)?.year ?? null;
}

/**
 * The parts of a headline that read as a role or a field ("Analytics Solutions | Data Architect &
 * Engineer | Cloud Platform guru" → roles ["data architect and engineer"], fields ["analytics solutions"]).
 * Statuses, slogans and fragments ("2x AWS", "Ex-Veloxa") are left out.
 */
/** Words that make a headline part a field of work. */
const FIELD_WORD = /\b(?:strategy|marketing|growth|product|data|analytics|engineering|design|research|operations|finance|sales|security|infrastructure|platform|education|health|policy)\b/i;

export function headlineRoles(headline: string | null | undefined): { roles: string[]; fields: string[] } {
  const roles: string[] = [];
  const fields: string[] = [];
  for (const written of headlineParts(headline)) {
    // Letters after a name are no part of the job: "Land Use Planner, MCIP, RPP" (r37, set 26).
    // Nor its grade: "Scientist II" is a scientist, never the field "scientist" ("your work on scientist", r38, set 30).
    const part = written.replace(/(?:,\s*(?:\p{Lu}{2,6}|PhD|MSc|BSc|MA|BA|MBA|MEng|FRICS|MRICS|ACCA|CEng))+$/u, '').replace(/\s+(?:I{1,3}|IV|V|[1-5])$/u, '');
    if (/^(?:ex-|former\b|\d+x\b)/i.test(part) || !/\p{L}{3}/u.test(part)) continue;
    if (isRole(part)) {
      const r = asWritten(rolePart(part));
      if (r.split(' ').length <= 6) roles.push(r);
    } else if (/,/.test(part) && FIELD_WORD.test(part.split(',')[0] ?? '') && isField(part.split(',')[0] ?? '') && (part.split(',')[0] ?? '').split(/\s+/).length <= 3) {
      // "Growth Strategy, Consumer & Platform Businesses": the field before the comma.
      fields.push((part.split(',')[0] ?? '').replace(/\b\p{Lu}\p{Ll}+\b/gu, (w) => w.toLowerCase()));
    } else if (isField(part) && part.split(/\s+/).length <= 5 && !/^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)+$/u.test(part) && !/,/.test(part) && !/\b(?:guru|ninja|expert|candidate|mba|phd|student)\b/i.test(part)) {
      // Written in sentence case already ("9 restaurants in Chicago"): its capitals are names, kept (s19 unseen pages).
      // Its first word is a capital of the headline only ("School buildings & learning spaces" → "school buildings and
      // learning spaces"), unless it is a name or an acronym.
      fields.push(/(?:^|\s)\p{Ll}{4,}/u.test(part) ? part.replace(/^(\p{Lu})(\p{Ll}+)\b/u, (w, a: string, b: string) => (NAMES.has(w.toLowerCase()) ? w : `${a.toLowerCase()}${b}`)).replace(/\s+&\s+/g, ' and ') : asWritten(part));
    }
  }
  return { roles, fields };
}
