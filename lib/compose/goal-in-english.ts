import { titleInEnglish } from './glossary';
import { isRole } from './headline';
import { withArticle } from './text';
import { asWritten } from './titles';

/**
 * A goal typed in Spanish, Portuguese or French, as an English draft can say it: "quiero certificarme como intérprete de LSM
 * este año" → "I want to get certified as an LSM interpreter this year". A draft said "working towards quiero certificarme
 * como interprete de LSM este año pero no se por donde empezar ni si mi." (r31: a teacher in Monterrey, 8 drafts). Only the
 * few shapes a goal takes, with a job the glossary knows: a goal it can't say in English is left unsaid, never pasted.
 */

/** "quiero …", "me gustaría …", "quero …", "je veux …": a goal in another language, and what it wants. */
const WANT = /^(?:yo\s+)?(?:quiero|quisiera|deseo|me gustar[ií]a|necesito|mi (?:meta|objetivo) es|quero|gostaria de|preciso|meu objetivo [eé]|je veux|je voudrais|j'aimerais|je souhaite|mon objectif est de|vreau să|vreau sa|aș vrea să|as vrea sa)\s+(.+)$/iu;

/** What they want to do with a job ("certificarme como …", "trabajar como …", "ser …"), in English. */
const DOING: readonly [RegExp, string][] = [
  [/^(?:certificarme|certificar-me|me certifier|obtener (?:la|mi) certificaci[oó]n)\s+(?:como|de|en tant que|comme)\s+(.+)$/iu, 'get certified as'],
  [/^(?:trabajar|trabalhar|travailler)\s+(?:como|de|en tant que|comme)\s+(.+)$/iu, 'work as'],
  [/^(?:conseguir|encontrar|obtener|arrumar|trouver)\s+(?:un|una|um|uma)?\s*(?:trabajo|empleo|emprego|trabalho|poste|emploi)\s+(?:como|de|en tant que|comme)\s+(.+)$/iu, 'get a job as'],
  [/^(?:ser|convertirme en|tornar-me|me tornar|devenir|devin|ajung)\s+(.+)$/iu, 'become'],
];

/** Where the job ends: a time, a "but", a bracket, a comma. */
// Or what it is of, which a draft can't say in English ("educadora certificada de una marca profesional de uñas", r35, set 23).
const JOB_END = /\s*(?:\(|,|;|\.|\s(?:de|del|da|do) (?:una?|la|el|um|uma|une?)\s|\s(?:este|esta|el|la|en|para|pero|y|e|mas|ou|o|cette|l'an|d'ici|avant|antes|no|na|em|dans|mais|et|în|in|pe|la|și)\s|\p{Extended_Pictographic}|$)/u;

/** When, in English: "este año" → "this year". */
const WHEN: readonly [RegExp, string][] = [
  [/\b(?:este|esse|neste) a[nñ]o\b|\bcette ann[eé]e\b/iu, 'this year'],
  [/\b(?:el (?:pr[oó]ximo )?a[nñ]o (?:que viene|pr[oó]ximo)|el pr[oó]ximo a[nñ]o|no pr[oó]ximo ano|l'ann[eé]e prochaine)\b/iu, 'next year'],
];

/**
 * A move typed in another language: "Mi trasferisco a Rotterdam a marzo 2027 con il mio compagno" → "I want to move to
 * Rotterdam in March 2027" (r33, set 19: an educator in Turin, whose every draft was left without a goal). The place as typed.
 */
const MOVING = /^(?:mi trasferisco|mi trasferir[oò]|ci trasferiamo|me mudo|me voy a mudar|nos mudamos|vou me mudar|vou mudar-me|me mudo|je d[ée]m[ée]nage|je vais d[ée]m[ée]nager|ich ziehe|wir ziehen|ik verhuis|wij verhuizen|we verhuizen)\s+(?:a|in|para|pra|à|au|en|nach|naar)\s+(\p{Lu}[\p{L}'-]*(?:\s\p{Lu}[\p{L}'-]*)?)([^.!?]*)/u;

/** Months as typed in those languages, by their first three letters ("marzo", "março", "mars", "März", "maart"), in English. */
const MONTHS: Record<string, string> = {
  gen: 'January', ene: 'January', jan: 'January', jān: 'January', feb: 'February', fev: 'February', fév: 'February', mar: 'March', mär: 'March', maa: 'March', apr: 'April', abr: 'April', avr: 'April',
  mag: 'May', may: 'May', mai: 'May', mei: 'May', giu: 'June', jun: 'June', jui: 'June', lug: 'July', jul: 'July', ago: 'August', aoû: 'August', aug: 'August', set: 'September', sep: 'September',
  ott: 'October', oct: 'October', out: 'October', okt: 'October', nov: 'November', dic: 'December', dez: 'December', déc: 'December', dec: 'December',
};

function moving(goal: string): string | null {
  // The verb as typed at the start of a sentence, the place with its capital.
  const m = MOVING.exec(goal.replace(/^\p{Lu}/u, (c) => c.toLowerCase()));
  if (!m) return null;
  const when = /\b(\p{L}{3,})\s+(20\d\d)\b/u.exec(m[2]!);
  const month = when ? MONTHS[when[1]!.slice(0, 3).toLowerCase()] : undefined;
  return `I want to move to ${m[1]}${month ? ` in ${month} ${when![2]}` : ''}`;
}

/**
 * The goal in English, "I want to …"; '' for a goal in one of those languages that can't be said in English; null for a goal
 * that is not in one of them.
 */
export function goalInEnglish(goal: string): string | null {
  const move = moving(goal.trim());
  if (move) return move;
  const want = WANT.exec(goal.trim());
  // Or a goal that opens on what they want to do ("Trabajar como intérprete de tiempo completo").
  const bare = !want && DOING.slice(0, 3).some(([shape]) => shape.test(goal.trim()));
  if (!want && !bare) return null;
  const rest = (want ? want[1]! : goal.trim()).replace(/\s*\([^)]*\)/g, '');
  const study = studyIn(rest);
  if (study) return study;
  for (const [shape, verb] of DOING) {
    const m = shape.exec(rest);
    if (!m) continue;
    const job = jobIn(m[1]!.split(JOB_END)[0]!.trim());
    if (!job) return '';
    // Before the first "pero" ("but"): a time said after it is another sentence's.
    const said = rest.split(/\s(?:pero|mas|mais)\s/i)[0] ?? rest;
    const when = WHEN.find(([w]) => w.test(said))?.[1];
    return `I want to ${verb} ${withArticle(asWritten(job))}${when ? ` ${when}` : ''}`;
  }
  return '';
}

/**
 * A degree they want to apply for or do, in English: "aplicar a un doctorado en el extranjero para 2027" → "I want to apply
 * for a PhD abroad starting in 2027" (r38, set 30: a master's student in Guadalajara, whose every draft was left without a goal).
 */
const STUDY = /^(aplicar|postular(?:me)?|candidatar-me|postuler|hacer|estudiar|cursar|fazer|faire)\s+(?:a|para|en|à)?\s*(?:un|una|um|uma)\s+(doctorado|doutorado|doctorat|maestr[ií]a|mestrado|m[aá]ster|master)\b([^.!?]*)/iu;
function studyIn(rest: string): string {
  const m = STUDY.exec(rest);
  if (!m) return '';
  const apply = /^(?:aplicar|postular|candidatar|postuler)/i.test(m[1]!);
  const degree = /^(?:doctorado|doutorado|doctorat)$/i.test(m[2]!) ? 'a PhD' : "a master's";
  const said = (m[3] ?? '').split(/\s(?:pero|mas|mais)\s/i)[0] ?? '';
  const abroad = /\b(?:en el extranjero|no exterior|fora do pa[ií]s|à l'[ée]tranger)\b/iu.test(said) ? ' abroad' : '';
  const year = /\b(?:para|en|em|pour|en el)\s+(20\d\d)\b/u.exec(said)?.[1];
  return `I want to ${apply ? 'apply for' : 'do'} ${degree}${abroad}${year ? ` starting in ${year}` : ''}`;
}

/** The job a goal names, in English, by its words or fewer of them ("intérprete de tiempo completo" → "Interpreter"); '' when none is known. */
function jobIn(words: string): string {
  const w = words.split(/\s+/);
  for (let n = w.length; n > 0; n--) {
    const part = w.slice(0, n).join(' ');
    if (/\s(?:de|del|da|do|des|en)$/i.test(part)) continue;
    const job = titleInEnglish(part);
    if (job !== part) return job;
  }
  // A job typed in English inside the sentence: "Vreau să devin farm manager în 3-5 ani" (r33, set 20: a farmworker from Romania).
  for (let n = Math.min(w.length, 4); n > 1; n--) if (isRole(w.slice(0, n).join(' ')) && /^[a-z\s-]+$/i.test(w.slice(0, n).join(' '))) return w.slice(0, n).join(' ');
  return '';
}
