import { plainInsert } from './text';

/**
 * Reading a headline ("Backend Engineer | Platform | Open to work"). A headline is free text: some
 * parts are roles, some are fields, some are a status or a slogan. Only a role reads after
 * "your experience as …" (ARCHITECTURE.md §2), and a status is nothing to open with (§2.2).
 */

const ROLE_HEAD = /^(?:engineer|developer|dev|manager|lead|leader|founder|co-?founder|director|head|researcher|architect|designer|analyst|consultant|chair|co-?chair|chairman|chairwoman|chairperson|ceo|cto|cfo|coo|cmo|cpo|ciso|officer|scientist|master|intern|associate|producer|partner|president|professor|lecturer|teacher|student|specialist|owner|advisor|adviser|coach|writer|editor|marketer|recruiter|vp|svp|evp|executive|strategist|expert|programmer|administrator|technician|nurse|doctor|physician|lawyer|attorney|accountant|illustrator|photographer|artist|author|journalist|economist|statistician|trainer|instructor|mentor|principal|fellow|evangelist|advocate|librarian|pharmacist|therapist|entrepreneur|investor|tinkerer|explorer|builder|maker|operator|practitioner|grader|cupper|roaster|barista|paramedic|captain|pilot|superintendent|coordinator|supervisor|auditor|inspector|catador|catadora|housekeeper|controller|bookkeeper|planner|surveyor|negotiator|estimator|modell?er|draughtsman|draftsman|valuer|realtor|broker|solicitor|barrister|paralegal|electrician|plumber|carpenter|chef|interpreter|translator|dietitian|physiotherapist|veterinarian|dentist|hygienist|curator|conservator|sommelier)$/i;
/** Titles that lead with the role: "Head of Data", "VP Engineering", "CTO at Souk Cloud". */
const ROLE_FIRST = /^(?:head|director|vp|svp|evp|vice president|chief|ceo|cto|cfo|coo|cmo|cpo|president|chair|co-?chair|founder|co-?founder|partner|professor|dean|manager|lead)\b/i;

/** Statuses and requests, not a description of their work: nothing to quote or to call expertise. */
const STATUS = /^(?:#?open\s*to\s*work\b|open to\b|#?hiring\b|we(?:'|’)?re hiring\b|now hiring\b|actively\b|currently (?:seeking|looking|open)\b|seeking\b|looking for\b|available\b|in search of\b|job ?seeker\b|career break\b|retired\b|between (?:jobs|roles)\b|unemployed\b|let'?s connect\b|dm\b)/i;
/** A slogan or mission: "Helping founders scale", "Building products for the open web". */
const ING_LEAD = /^(?!(?:engineering|marketing|consulting|accounting|banking|manufacturing|computing|publishing|training|nursing|programming|recruiting|fundraising|advertising|branding|pricing|sourcing|purchasing|investing|trading|teaching|networking|mining|farming|shipping|testing|auditing|staffing|learning|e-learning|lending|counsel+ing|model+ing|planning|printing|tutoring)\b)\p{L}{2,}ing\b/iu;
/** An adjective about themselves, not a field: "Passionate about data", "Aspiring designer". */
const SELF_WORD = /^(?:passionate|aspiring|proud|curious|obsessed|lifelong|dedicated|driven|results[- ]driven|enthusiastic|motivated|dreamer|lover|fan)\b/i;

/** The parts of a headline, emoji-free, "@" read as "at" ("Scrum Master @ Kustbank"). */
export function headlineParts(headline: string | null | undefined): string[] {
  return (headline ?? '')
    .split(/\s*[|•·]\s*/)
    // A flag is two regional-indicator letters, which plainInsert keeps as letters of no alphabet ("Veteran 🇺🇸").
    .map((s) => plainInsert(s).replace(/[\u{1F1E6}-\u{1F1FF}]/gu, '').trim().replace(/\s+@\s*/g, ' at '))
    .filter((s) => /\p{L}{2}/u.test(s));
}

export const isStatus = (seg: string): boolean => STATUS.test(seg);

/** The role part of a segment: up to " at ", a comma or a dash ("Senior Engineer, ML at X" → "Senior Engineer"). */
export function rolePart(seg: string): string {
  return seg.split(/\s+at\s+|\s*,\s*|\s+[-–—]\s+|\s*\(/)[0]?.trim() ?? '';
}

/**
 * Whether a segment names a role: its head noun (last word, singular) is a role word, or it leads
 * with one ("Head of Data"). "Helping founders scale" names founders, not their role.
 */
export function isRole(seg: string): boolean {
  if (!seg || isStatus(seg)) return false;
  const part = rolePart(seg);
  if (ROLE_FIRST.test(part)) return true;
  // The head noun of each part, singular: "Managing Director" is a role, "Helping founders" is not.
  return part.split(/\s*(?:&|\+|\/|\band\b)\s*/i).some((p) => ROLE_HEAD.test(p.split(/\s+/).pop() ?? ''));
}

/** A segment that can follow "your experience in …": a field, not a slogan, a status or a self-description. */
/** What someone holds or has been, not a field they work in: "U.S. Army Veteran", "ICH-GCP certified", "Licensed Electrician (GEIB)". */
// A qualification by its letters ("CPP", "CIMA (CGMA)", "ACCA student") is no field: never "your work on CPP" (s16).
const CREDENTIAL = /\b(?:veteran|certified|licen[cs]ed|accredited|chartered|registered|alumn(?:us|a|i|ae)|fellow|winner|awardee|finalist)\b|^(?:ACCA|CPA|CMA|CIMA|CGMA|AAT|MAAT|FCCA|ACA|FCA|CFA|CPP|PMP|CISSP|CISA|CISM|CIPD|MBA|NASM|RYT|CPT|CSCS|NSCA|ITEC|VTCT|NVQ)\b/i;
/** Letters alone, long or joined, as certificates are written: "CIDESCO", "CSEP-CPT" (r35, set 23: "your work on CIDESCO"); "SEO" and "HVAC" are fields. */
// Or an engineer's charter, capitals with "Eng" in them: "CPEng", "CMEngNZ", "CEng", "P.Eng" (r40, set 34: "Your work in CPEng").
const LETTERS_ONLY = /^(?:[A-Z]{5,}|[A-Z]{2,}-[A-Z]{2,}|[A-Z]{1,3}\.?Eng[A-Z]{0,3}|[A-Z]{1,2}MEng[A-Z]{0,3})$/;

export function isField(seg: string): boolean {
  // A lone adjective ("Residential • Commercial • Solar PV") names a kind of work, not a field: "your work in residential" is no phrase.
  return !!seg && !isStatus(seg) && !ING_LEAD.test(seg) && !SELF_WORD.test(seg) && !CREDENTIAL.test(seg) && !LETTERS_ONLY.test(seg.trim()) && !/^\p{L}+(?:al|ic|ive|ous|ary)$/iu.test(seg.trim()) && !isRole(seg);
}

/** The first part worth quoting in an opening (a role, a field or a slogan, never a status). */
export function firstSegment(headline: string | null | undefined): string {
  return headlineParts(headline).find((s) => !isStatus(s)) ?? '';
}
