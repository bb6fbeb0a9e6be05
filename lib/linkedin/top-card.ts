// The top card: name, headline, location, pronouns, connection degree and the company/school chips.
import { isSeparator, oneLine } from './clean';
import { pick, pickAll, textOf } from './dom';
import { alts, type Family } from './selectors';

export interface TopCard {
  rawName: string;
  headline: string;
  location: string;
  pronouns: string | null;
  degree: '1st' | '2nd' | '3rd' | null;
  /** Chip texts whose kind the page states (SDUI icons, guest "current company" link). */
  companyChip: string | null;
  schoolChip: string | null;
  /** Chip texts of unknown kind (Ember), matched against Experience/Education later. */
  chips: string[];
  /** aria-labels of the card: LinkedIn's own short name hides in them ("Message Sri Kavitha"). */
  labels: string[];
}

/** "She/Her", "(they/them)", "Er/Ihm" — pronoun words split by slashes ("Report/Block" is not). */
const PRONOUNS = /^\(?\s*(\p{L}{1,6})\s*\/\s*(\p{L}{1,6})(?:\s*\/\s*(\p{L}{1,6}))?\s*\)?$/u;
const PRONOUN_WORDS = new Set(
  ('she her hers he him his they them their theirs xe xem ze zir hir it its any all ' + // en
    'elle il iel lui eux ellx ' + // fr
    'sie ihr er ihm ihn es dey dem ' + // de
    'ella él elle ellos ellas elles ' + // es
    'ela ele dela dele delu') // pt
    .split(' '),
);
const pronounsIn = (t: string): string | null => {
  const m = PRONOUNS.exec(t);
  const words = m ? [m[1], m[2], m[3]].filter((w): w is string => !!w) : [];
  return words.length > 0 && words.every((w) => PRONOUN_WORDS.has(w.toLowerCase())) ? words.join('/') : null;
};
/** "2nd", "· 1st", "3rd+", and the French/German/Spanish forms "2e", "2.", "2º". */
const DEGREE = /^[·•]?\s*([123])(?:st|nd|rd|er|re|e|º|ª|°|\.)?\s*\+?$/i;
const DEGREES = ['1st', '2nd', '3rd'] as const;
/** Leaf-ish text elements worth testing against the patterns above; a top card has a few hundred. */
const MAX_SCAN = 400;

function scanBadges(card: Element): { pronouns: string | null; degrees: ('1st' | '2nd' | '3rd')[] } {
  let pronouns: string | null = null;
  const degrees: ('1st' | '2nd' | '3rd')[] = [];
  const els = card.querySelectorAll('span, p');
  for (let i = 0; i < els.length && i < MAX_SCAN; i++) {
    const el = els[i];
    if (!el || (el.textContent ?? '').length > 40) continue;
    const t = textOf(el);
    pronouns ??= pronounsIn(t);
    const d = DEGREE.exec(t);
    const degree = d ? DEGREES[Number(d[1]) - 1] : undefined;
    if (degree && !degrees.includes(degree)) degrees.push(degree);
  }
  return { pronouns, degrees };
}

/**
 * sdui-2026-b carries both "· 1st" (inside a wrapper hidden by CSS) and "· 2nd"; the Connect
 * invitation on the same card proves they are not connected, so "1st" is the leftover.
 */
function pickDegree(card: Element, family: Family, degrees: ('1st' | '2nd' | '3rd')[]): TopCard['degree'] {
  let left = degrees;
  if (left.length > 1 && pick(card, alts('invite', family))) left = left.filter((d) => d !== '1st');
  return left[left.length - 1] ?? null;
}

/** Location sits just before the contact-info link on logged-in pages (ember and SDUI alike). */
function locationBeside(card: Element, family: Family): string {
  let node = pick(card, alts('contactInfo', family));
  for (let depth = 0; node && node !== card && depth < 4; depth++, node = node.parentElement) {
    let sib = node.previousElementSibling;
    while (sib && isSeparator(textOf(sib))) sib = sib.previousElementSibling;
    if (sib) return textOf(sib);
  }
  return '';
}

/** SDUI's headline is the first line after the name that is not a pronoun or degree badge. */
function sduiHeadline(card: Element, nameEl: Element | null): string {
  if (!nameEl) return '';
  for (const p of Array.from(card.querySelectorAll('p'))) {
    if (nameEl.contains(p) || !(nameEl.compareDocumentPosition(p) & 4)) continue; // 4: p follows the name
    const t = textOf(p);
    if (t && !isSeparator(t) && !pronounsIn(t) && !DEGREE.test(t)) return t;
  }
  return '';
}

function chips(card: Element, family: Family): Pick<TopCard, 'companyChip' | 'schoolChip' | 'chips'> {
  if (family === 'public') return { companyChip: textOf(pick(card, alts('currentCompany', family))) || null, schoolChip: null, chips: [] };
  const all = pickAll(card, alts('chips', family));
  const kindOf = (c: Element) =>
    pick(c, alts('companyIcon', family)) ? 'company' : pick(c, alts('schoolIcon', family)) ? 'school' : null;
  const companyEl = all.find((c) => kindOf(c) === 'company');
  const schoolEl = all.find((c) => kindOf(c) === 'school');
  return {
    companyChip: companyEl ? textOf(companyEl) || null : null,
    schoolChip: schoolEl ? textOf(schoolEl) || null : null,
    chips: family === 'ember' ? all.map((c) => textOf(c)).filter(Boolean) : [],
  };
}

export function readTopCard(card: Element, family: Family): TopCard {
  const nameEl = pick(card, alts('name', family));
  const { pronouns, degrees } = scanBadges(card);
  const headline =
    family === 'sdui' ? sduiHeadline(card, nameEl) : textOf(pick(card, alts('headline', family)));
  const location =
    family === 'public' ? textOf(pick(card, alts('location', family))) : locationBeside(card, family);
  const labels = Array.from(card.querySelectorAll('[aria-label]'))
    .slice(0, 100)
    .map((el) => oneLine(el.getAttribute('aria-label') ?? ''));
  return {
    rawName: textOf(nameEl),
    headline,
    location,
    pronouns,
    degree: pickDegree(card, family, degrees),
    ...chips(card, family),
    labels,
  };
}
