// Finding each card of the profile: by its anchor first, by its heading when anchors change.
import { pick, pickAll, textOf } from './dom';
import { alts, SEL, type Family } from './selectors';

export type CardKey = 'about' | 'experience' | 'education' | 'skills' | 'featured' | 'activity';

/**
 * Card headings in English, French, German, Spanish and Portuguese. Used only when no anchor
 * matched (e.g. Featured on Ember pages, for which no fixture has the card).
 */
const HEADINGS: Record<CardKey, readonly string[]> = {
  about: ['about', 'info', 'infos', 'à propos', 'résumé', 'acerca de', 'extracto', 'sobre'],
  experience: ['experience', 'expérience', 'berufserfahrung', 'erfahrung', 'experiencia', 'experiência'],
  education: ['education', 'formation', 'ausbildung', 'educación', 'formación', 'formação acadêmica', 'formação', 'educação'],
  skills: ['skills', 'compétences', 'kenntnisse', 'kenntnisse & fähigkeiten', 'aptitudes', 'competencias', 'competências'],
  featured: ['featured', 'sélection', 'en vedette', 'im fokus', 'destacado', 'destaques'],
  activity: ['activity', 'activité', 'aktivitäten', 'actividad', 'atividade', 'atividades'],
};

/** How many <section>s the heading fallback looks at: a profile has a few dozen. */
const MAX_SECTIONS = 200;

/** Ember anchors are empty divs inside their card; guest 2023 lists sit inside theirs. */
function cardOf(el: Element): Element {
  return el.tagName === 'SECTION' || el.hasAttribute('componentkey') ? el : (el.closest('section') ?? el);
}

function byHeading(doc: Document, key: CardKey): Element | null {
  const names = HEADINGS[key];
  const sections = doc.getElementsByTagName('section');
  for (let i = 0; i < sections.length && i < MAX_SECTIONS; i++) {
    const section = sections[i];
    const heading = section?.querySelector('h2');
    if (section && heading && names.includes(textOf(heading).toLowerCase())) return section;
  }
  return null;
}

/** The card for `key`, or null when the page has none. */
export function findCard(doc: Document, family: Family, key: CardKey): Element | null {
  const anchor = pick(doc, alts(key, family));
  if (anchor) return cardOf(anchor);
  return family === 'notFound' ? null : byHeading(doc, key);
}

/** Guest pages split activity over several cards ("Articles by …", "Activity"). */
export function findCards(doc: Document, family: Family, key: CardKey): Element[] {
  const all = pickAll(doc, alts(key, family)).map(cardOf);
  if (all.length > 0) return all;
  const one = family === 'notFound' ? null : byHeading(doc, key);
  return one ? [one] : [];
}

/** Is a lazily filled card still an empty placeholder? (sdui-2026-self's Experience/Education.) */
export function stillLoading(doc: Document, family: Family, key: 'experience' | 'education'): boolean {
  if (family !== 'sdui') return false;
  const lazy = key === 'experience' ? SEL.experienceLazy.sdui : SEL.educationLazy.sdui;
  return pick(doc, lazy) !== null;
}
