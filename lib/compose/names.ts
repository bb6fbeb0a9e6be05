import { textLength } from './limits';
import { clipWords, latinPart, plainInsert } from './text';

/**
 * Words people put in the company field when there is no organisation (LinkedIn asks for one).
 * "An illustrator at Self-employed" is not a sentence, and two freelancers share no workplace
 * (ARCHITECTURE.md §2: shared ground must be real).
 */
// In the languages the unseen pages mix in too: "Independiente", "Autónomo", "Autônoma", "Selbstständig" (r31).
const NO_ORG = /^(?:self[- ]?employed|self|freelanc(?:e|er|ing)|independent(?:\s+\p{L}+)?|independiente|aut[oóô]nom[oa]|por cuenta propia|selbst(?:st)?[äa]ndig|ind[ée]pendant(?:e)?|zelfstandig(?:e)?|stealth(?:\s+mode)?(?:\s+(?:startup|start-up|company))?|confidential|undisclosed|various(?:\s+\p{L}+)?|n\/?a|none|retired|career break|unemployed|not employed|private(?:\s+practice)?|own (?:business|company)|sole (?:trader|proprietor(?:ship)?)|contract(?:or|ing)?|consultant|personal|myself|open to work|looking for (?:work|opportunities)|seeking\b.*)$/iu;

/** Armed forces are served in, not worked at: "a staff sergeant in the U.S. Army", never "at U.S. Army" (s20 unseen senders). */
const FORCES = /^(?:the\s+)?(?:(?:U\.?S\.?|US|British|Royal|Indian|Canadian|Australian|Nigerian|Kenya|Philippine|French|German)\s+)?(?:Army|Navy|Air Force|Marine Corps|Marines|Coast Guard|Armed Forces|Defence Force|Defense Force|Space Force)\b/i;
/** " at Vistula Freight", " in the U.S. Army": where someone works, as a person says it after their role. */
export const atOrg = (org: string) => (FORCES.test(org) ? ` in the ${org.replace(/^the\s+/i, '')}` : ` at ${org}`);

/**
 * An organisation's name fit for a sentence, or '' when it names none ("Self-employed", "Freelance").
 * A tagline after " - " or " | " is no part of the name (public-2023-a: "Pericles - Co-Pilot for Cold
 * Sales" is "Pericles"); a hyphen inside a word ("Co-Pilot", "Rolls-Royce") is.
 */
export function orgName(company: string | null | undefined, max = 40): string {
  // An aside in brackets is not the name: "starbucks (for now)" (r33, set 19: "a barista at Starbucks (for Now)").
  // Nor is a note on it: "Sorrel (opening Apr '27)" (r33, set 20). Letters in capitals stay: "Universidade de Pernambuco (UPE)".
  const whole = latinPart(plainInsert(company)).replace(/\s*\((?!\p{Lu}[\p{Lu}\d&.-]{1,9}\))[^)]*\)/gu, '');
  const name = whole.split(/\s+[-–—|]\s+/)[0]?.trim() ?? '';
  // "Pathways Learning", as people say it: the legal form stays on the register (r17 review: "Pathways Learning Ltd" pasted).
  let c = (/\p{L}{2}/u.test(name) ? name : whole).replace(/,?\s+(?:\(?Pvt\.?\)?\s+|\(Private\)\s+|Pte\.?\s+)?(?:(?:Co\.,?\s+)?Ltd|Limited|GmbH|AG|SE|Inc|LLC|L\.L\.C|PLC|plc|Pty|S\.A|SA|SAS|S\.L|S\.r\.l|Srl|S\.p\.A|SpA|B\.V|N\.V|AB|Oy|OÜ|ApS|AS|A\/S|A\.Ş|K\.K|Sp\.\s?z\s?o\.o|s\.r\.o|a\.s|d\.o\.o|d\.d|Kft|Zrt|S\.R\.L|SRL|Lda|Ltda|S\.A\.S|(?:S\.A\.(?:B\.)?|SA|S\.\s?de\s?R\.L\.)\s+de\s+C\.V|S\.\s?de\s?R\.L|S\.A\.C|SAC|E\.I\.R\.L|EIRL|S\.C|R\.L|PLLC|LLP|P\.C|(?:Sdn\.?\s+)?Bhd|Berhad|Corp)\.?$/u, '');
  // "Aire Valley Teaching Hospitals NHS Foundation Trust": the hospitals, as staff say it (s15 unseen pages).
  c = c.replace(/\s+NHS(?:\s+Foundation)?\s+Trust$/u, '');
  // A legal form written first: "UAB Sostinės transportas", "PT Pelayaran Nusantara", "SIA …" (s24 unseen senders).
  c = c.replace(/^(?:UAB|SIA|OOO|PT\.?|CV\.?)\s+(?=\p{L}{2})/iu, '');
  if (!c || NO_ORG.test(c)) return '';
  // "a student at the University of Nairobi", never "at University of Nairobi" (a10 unseen review).
  return `${/^(?:University|Institute|College|School|Academy|Bank|Ministry|Department|Office|Museum|Council|Government|Federation|Society|Association|Board|Judiciary|Court|Parliament|Senate|Assembly|Agency|Authority|Commission|Embassy|Republic|City|Port|Library|Royal Academy)\s+of\s/u.test(c) ? 'the ' : ''}${longName(c, max)}`;
}

/** "… of the Republic of …" and the like: what a state's official name adds to a body's name. */
const STATE_OF = /\s+of\s+the\s+(?:(?:Federal|Democratic|Islamic|People's|United|Socialist|Cooperative)\s+)*(?:Republic|Kingdom|State|Commonwealth|Principality|Grand Duchy)\s+of\s+/u;

/**
 * A long name as people shorten it, never cut mid-name with "…" (s6, s9 unseen pages: "How did you end up at the Judiciary
 * of the Republic of Trinidad…?"): "the Judiciary of Trinidad and Tobago", else up to an "of" or "for" that fits ("the
 * Ministry of Environment"), a public body's name.
 */
function longName(c: string, max: number): string {
  // A few characters over is said whole: "Cooperativa Integral Agrícola Volcán de…" read as broken (s13 unseen pages).
  if (textLength(c) <= max + 6) return c;
  const plain = c.replace(STATE_OF, ' of ');
  if (textLength(plain) <= max) return plain;
  // Only a public body's name, which says what it is in its first words; "Independent Bank" says less than the name cut.
  const body = /^(?:Ministry|Department|Office|Agency|Authority|Commission|Council|Judiciary|Directorate|Secretariat|Bureau)\s+of\s/u.test(plain);
  const cuts = body ? [...plain.matchAll(/\s+(?:of|for)\s+/gu)].map((m) => m.index ?? 0).filter((i) => i > 0 && textLength(plain.slice(0, i)) <= max) : [];
  const at = cuts[cuts.length - 1];
  return at && /\s/.test(plain.slice(0, at)) ? plain.slice(0, at) : wholePart(plain, max);
}

/** A job title fit for a sentence, never passed off as whole when it had to be cut. */
export function roleName(title: string | null | undefined, max = 50): string {
  return wholePart(plainInsert(title), max);
}

/**
 * `s` when it fits; else its first part when that is whole and fits ("Senior Software Engineer,
 * Machine Learning Platform" → "Senior Software Engineer"); else cut at a word with "…", so a
 * clipped title never reads as the whole one.
 */
export function wholePart(s: string, max: number): string {
  if (textLength(s) <= max) return s;
  const first = s.split(/\s*[,;|(]\s*|\s+[-–—]\s+/)[0]?.trim() ?? '';
  if (first && first !== s && textLength(first) <= max && /\p{L}{2}/u.test(first)) return first;
  return clipWords(s, max, true);
}
