import { fold, greeting, lines } from '../text';
import type { Ctx, Rule } from '../types';

/** Roles and standings that say who is writing ("I'm a junior designer", "as a fellow nurse"). */
const ROLE = String.raw`(?:engineer|developer|designer|manager|analyst|student|graduate|grad|scientist|researcher|consultant|founder|co-?founder|nurse|midwife|paramedic|teacher|lecturer|professor|phd|doctoral|postdoc|candidate|intern|architect|marketer|recruiter|accountant|lawyer|attorney|solicitor|paralegal|doctor|physician|surgeon|clinician|economist|journalist|editor|writer|copywriter|translator|photographer|artist|illustrator|animator|musician|producer|entrepreneur|owner|director|vp|vice president|head|lead|cto|ceo|cfo|coo|cmo|pm|product owner|tester|devops|sre|administrator|admin|coordinator|specialist|associate|officer|advisor|adviser|assistant|technician|mechanic|electrician|pilot|pharmacist|dentist|therapist|psychologist|social worker|chef|baker|barista|salesperson|account executive|freelancer|contractor|apprentice|trainee|bootcamp grad|career[- ]changer|programmer|coder|mathematician|statistician|biologist|chemist|physicist|educator|librarian|planner|strategist|operator|executive|partner|principal|clerk|representative|agent|buyer|supervisor|inspector|auditor|actuary|banker|trader|broker|investor|scholar|fellow|resident|veteran|alumn(?:us|a|i|ae)|undergrad(?:uate)?|postgrad(?:uate)?|masters? student|mba|fresher|newcomer|parent|mother|father|volunteer|organi[sz]er|maintainer|contributor|practitioner|farmer|caregiver|carer|steward|tutor|dev|devs|coach by trade)s?`;
const SIGNATURE_ROLE = new RegExp(String.raw`\b${ROLE}\b`, 'i');
const OPENERS = String.raw`(?:currently|now|also|just|recently|still|newly|really|actually|basically|a|an|the|one of the|part of the|senior|junior|lead|principal|staff|chief|aspiring|budding|new|fellow|former|early-career|mid-career|freelance|certified|qualified|self-taught|final-year|first-year|second-year|third-year|\d+(?:st|nd|rd|th)-year|[\w-]+ing|[\w-]+al|[\w-]+ic|[\w-]+ive|[\w-]+end|[\w.&+/-]+)`;
const I_AM = String.raw`\bI(?:['’]m| am| was|['’]ve been| have been)`;

/** Ways of saying who is writing, in any order (ARCHITECTURE.md §2: "one sentence about the user"). */
const INTRO: readonly RegExp[] = [
  /\bmy name(?:['’]s| is)\b/i,
  new RegExp(String.raw`${I_AM}\s+(?:${OPENERS}\s+){0,4}?${ROLE}\b`, 'i'),
  new RegExp(String.raw`${I_AM}\s+(?:currently\s+|now\s+|also\s+)?(?:studying|working (?:as|at|in|for|with|full-time|part-time)|leading|managing|running|building|teaching|training|transitioning|switching|moving|pivoting|retraining|completing|finishing|pursuing|doing (?:a|my)|in my (?:first|second|third|fourth|final|last) year|in year|based in|at|with|from|on the|part of|in charge of|responsible for|employed|self-employed|a \w+ at|an \w+ at|new to|early in my|starting out|about to (?:start|graduate|finish))\b`, 'i'),
  /\bI (?:currently |now |also |still )?(?:work|worked|have worked|teach|study|studied|lead|run|manage|head|build|design|develop|research|coordinate|own|founded|co-founded|joined|oversee|support|write for|graduated|volunteer|freelance|consult|moved into|switched|transitioned|specialise|specialize|handle|look after|am responsible)\b/i,
  /\bI(?:['’]ve| have) (?:spent|worked|been (?:a|an|working|leading|building|running|teaching|studying|doing|in|at|on))\b/i,
  /\bI (?:just|recently) (?:joined|graduated|started|moved|finished|completed|became|took|switched|left|got|landed|began)\b/i,
  /\b(?:my|our) (?:current )?(?:role|job|day job|background|studies|degree|thesis|position|phd|course|bootcamp) (?:is|at|as|in|involves|focuses|centres|centers|covers|here|there|and I|of|on)\b/i,
  // "my team is debating…" says nothing about who; "my team at Finch", "my startup in Lagos" does.
  /\b(?:my|our) (?:current )?(?:team|company|startup|lab|department|business|shop|agency|practice|clinic|ward|school|classroom|students|research group|firm) (?:at|in|here at|there at)\b/i,
  // "As a junior designer, …" opens a sentence about the writer; "…your first year as a data scientist" is about them.
  new RegExp(String.raw`(?:^|[.!?:,]\s+|\n\s*)(?:as|being) an? (?:[\w-]+\s+){0,3}?${ROLE}\b|\bas an? (?:[\w-]+\s+){0,3}?${ROLE} myself\b`, 'i'),
  new RegExp(String.raw`\bfellow (?:[\w-]+\s+){0,2}?(?:${ROLE}|member|attendee|speaker)\b`, 'i'),
];

/** Capitalised words that are not names ("I'm Really…" in shouting text, "This is Great"). */
const NOT_NAME = /^(?:I|A|An|The|My|Your|It|This|That|Not|So|Really|Very|Also|Currently|Just|Sure|Happy|Writing|Reaching|Looking|Hoping|In|At|From|On|Thanks|Thank|Hi|Hello|Dear|Best|Glad|Excited|Grateful|Keen|Curious|Interested|Sorry|Still|Now|Here|There|Only|Always|Never|Quite|Reading|Following|Working|Trying)$/;
const NAMED = [
  /\bI['’][mM] (\p{Lu}[\p{L}'’-]+)/gu,
  /\b(?:this is|it['’]s|It is) (\p{Lu}[\p{L}'’-]+)/gu,
  /(?:^|[\s,.!])(\p{Lu}[\p{L}'’-]+) here\b/gu,
];
const COURTESY = /^(?:thanks(?: again| so much| in advance)?|thank you(?: so much| again| in advance)?|many thanks|cheers|best(?: wishes| regards)?|regards|kind regards|warm regards|warmest regards|warmly|sincerely|yours(?: sincerely| truly)?|all the best|respectfully|take care|gratefully|with gratitude|talk soon|looking forward|ciao|peace|until then)$/i;
const NAME_LINE = /^(?:[-–—~]\s*)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s*$/u;
const SIGNED = /(?:thanks|thank you|cheers|best|regards|wishes|sincerely|warmly|gratefully)[,!.]?\s+([^,!.?]*?)\s*[.!]?\s*$/i;
const A_NAME = /^[-–—]?\s*(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2})$/u;
const DASHED = /(?:^|\s)[-–—~]\s*(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2})\s*$/u;

/** A name signed at the end: a line of its own ("Ada", "— Ada Moreau") or "Thanks, Ada"; not theirs ("Thank you, Anna!"). */
function signed(body: string, ctx: Ctx): boolean {
  const tail = lines(body).map((l) => l.text.trim()).filter(Boolean).slice(-3);
  const last = tail[tail.length - 1] ?? '';
  // A signature block: a name line followed by short lines (role, company), or a role line itself.
  const block = tail.slice(1).filter((l, i, a) => a.slice(i + 1).every((x) => x.length <= 60 && !/[.?!]$/.test(x)));
  if (block.some((l) => l.length <= 60 && !/[.?!]$/.test(l) && SIGNATURE_ROLE.test(l))) return true;
  const theirs = new Set(fold(`${ctx.firstName ?? ''} ${ctx.fullName ?? ''}`).split(/\s+/).filter(Boolean));
  const mine = (name: string | undefined) => !!name && !COURTESY.test(name.replace(/[.!,]+$/, '')) && !NOT_NAME.test(name) && !fold(name).split(/\s+/).some((w) => theirs.has(w.replace(/[.!,]+$/, '')));
  if (mine(NAME_LINE.exec(last)?.[1]) || block.some((l, i) => i < block.length - 1 && mine(NAME_LINE.exec(l)?.[1]))) return true;
  return mine(A_NAME.exec(SIGNED.exec(last)?.[1] ?? '')?.[1]) || mine(DASHED.exec(last)?.[1]);
}

/** The sender's own name or role, from settings, anywhere after the greeting. */
function mentionsSender(body: string, ctx: Ctx): boolean {
  const text = fold(body.slice(greeting(body).end));
  const words = new Set(text.split(/[^\p{L}\p{N}]+/u));
  const first = fold(ctx.sender?.name ?? '').split(/\s+/)[0] ?? '';
  if (first.length >= 2 && words.has(first)) return true;
  const role = fold(ctx.sender?.role ?? '').trim();
  return role.length >= 3 && text.includes(role);
}

export function saysWhoIsWriting(text: string, ctx: Ctx): boolean {
  // Their words in quotes ("Outside work I volunteer as a…") say nothing about the writer.
  const body = text.replace(/"[^"\n]*"|“[^”\n]*”/g, (q) => ' '.repeat(q.length));
  if (INTRO.some((p) => p.test(body)) || signed(body, ctx) || mentionsSender(body, ctx)) return true;
  return NAMED.some((p) => [...body.matchAll(p)].some((m) => !NOT_NAME.test(m[1]!)));
}

/**
 * A first message says who is writing (ARCHITECTURE.md §2, §4): a name, a role, an "I'm …". A stranger
 * does not answer an anonymous ask. Only the first ask; the follow-ups come after it.
 */
export const whoIsWriting: Rule = {
  id: 'who-is-writing',
  severity: 'problem',
  applies: (ctx) => ctx.kind === 'ask' && ctx.isFirstMessage,
  check: (draft, ctx) => {
    if (!draft.body.trim() || saysWhoIsWriting(draft.body, ctx)) return [];
    const g = greeting(draft.body);
    return [{
      rule: 'who-is-writing', severity: 'problem',
      message: 'The message never says who is writing. Add one sentence with your name, your role and what you are working towards, so they know why you are asking them.',
      ...(g.end > g.start ? { span: { start: g.start, end: g.end } } : {}),
    }];
  },
};
