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
  actualy: 'actually', realy: 'really', finaly: 'finally', usualy: 'usually', basicaly: 'basically', autum: 'autumn', tommorow: 'tomorrow', writting: 'writing', begining: 'beginning', accomodation: 'accommodation', developement: 'development',
};
const WORD = new RegExp(`\\b(${Object.keys(FIXES).join('|')})\\b`, 'gi');

/** A word as its fix, in the case it was typed: "Buisness" → "Business". */
const fixed = (w: string) => {
  const right = FIXES[w.toLowerCase()]!;
  return w === w.toUpperCase() ? right.toUpperCase() : /^\p{Lu}/u.test(w) ? right.charAt(0).toUpperCase() + right.slice(1) : right;
};

/** The sender's own words with those misspellings mended, everything else as typed. */
export function withSpelling<T extends Partial<Me>>(me: T): T {
  const out = { ...me };
  for (const k of ['role', 'shortTermGoal', 'longTermGoal', 'whatIDo'] as const) {
    const v = me[k];
    if (typeof v === 'string' && WORD.test(v)) out[k] = v.replace(WORD, fixed) as T[typeof k];
    WORD.lastIndex = 0;
  }
  return out;
}
