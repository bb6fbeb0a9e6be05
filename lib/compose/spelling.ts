import type { Me } from '../settings/schema';

/**
 * Words people often misspell when typing fast, as they are written. What the sender typed goes into every draft ("…start my
 * own plumbing buisness", r40, set 35: all six of one sender's drafts), and a stranger reads a misspelt word as carelessness.
 * Only whole words, only these: a spell checker would guess at names and trade words; this never does.
 */
const FIXES: Readonly<Record<string, string>> = {
  buisness: 'business', busines: 'business', bussiness: 'business', bussines: 'business', buisnesses: 'businesses',
  experiance: 'experience', expirience: 'experience', experince: 'experience', recieve: 'receive', definately: 'definitely',
  seperate: 'separate', managment: 'management', enviroment: 'environment', goverment: 'government', knowlege: 'knowledge',
  oppurtunity: 'opportunity', oportunity: 'opportunity', carreer: 'career', carrer: 'career', proffesional: 'professional',
  recomend: 'recommend', responsability: 'responsibility', sucessful: 'successful', succesful: 'successful', untill: 'until',
  becuase: 'because', beacuse: 'because', interveiw: 'interview', certifcation: 'certification', certfication: 'certification',
  maintainance: 'maintenance', maintenence: 'maintenance', neccessary: 'necessary', relevent: 'relevant', independant: 'independent',
  actualy: 'actually', realy: 'really', finaly: 'finally', usualy: 'usually', basicaly: 'basically', autum: 'autumn', tommorow: 'tomorrow',
  writting: 'writing', begining: 'beginning', accomodation: 'accommodation', developement: 'development',
  // r40, set 36: "move from analyst to data enginer", "making dashbords", "i dont know airflow and im kind of scared".
  enginer: 'engineer', enginner: 'engineer', enginers: 'engineers', dashbord: 'dashboard', dashbords: 'dashboards',
  dont: "don't", didnt: "didn't", doesnt: "doesn't", isnt: "isn't", wasnt: "wasn't", havent: "haven't", couldnt: "couldn't",
  im: "I'm", ive: "I've", i: 'I', "i'm": "I'm", "i've": "I've", "i'd": "I'd", "i'll": "I'll",
};
// Whole words, the longest first ("i'm" before "i"), never inside another word.
const WORD = new RegExp(`(?<![\\p{L}'’])(${Object.keys(FIXES).sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}'’])`, 'giu');
/** English, by its small words: "i" is an English word only (Catalan's "i" is "and"). */
const ENGLISH = /\b(?:the|and|to|my|of|is|in|for|want|but|should|from)\b/i;

/** A word as its fix, in the case it was typed: "Buisness" → "Business"; "I" however "i" was typed; "IM" and "DONT" left alone. */
const fixed = (w: string) => {
  const right = FIXES[w.toLowerCase()]!;
  if (w.length > 1 && w === w.toUpperCase() && /^(?:im|ive|dont|didnt|doesnt|isnt|wasnt|havent|couldnt)$/i.test(w)) return w;
  if (/^i(?:['’]\p{L}+)?$/iu.test(w) || /^i(?:m|ve)$/i.test(w)) return right;
  return w === w.toUpperCase() ? right.toUpperCase() : /^\p{Lu}/u.test(w) ? right.charAt(0).toUpperCase() + right.slice(1) : right;
};

/** The sender's own words with those misspellings mended, and "i" and "dont" written as in print; everything else as typed. */
export function withSpelling<T extends Partial<Me>>(me: T): T {
  const out = { ...me };
  for (const k of ['role', 'shortTermGoal', 'longTermGoal', 'whatIDo'] as const) {
    const v = me[k];
    if (typeof v !== 'string' || !ENGLISH.test(v)) continue;
    const mended = v.replace(WORD, fixed);
    if (mended !== v) out[k] = mended as T[typeof k];
  }
  return out;
}
