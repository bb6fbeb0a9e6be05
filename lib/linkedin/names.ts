// Display names → a clean full name and the name to greet someone by.
import { oneLine } from './clean';

/** Letters after a name that are qualifications, not name ("Jane Doe, MD", "Ali Khan PhD"). */
const CREDENTIALS = new Set(
  ('phd dphil md mbbs do dds dmd dvm pharmd jd llm llb mba emba msc ms ma mfa med edd mph mpa mph bsc bs ba ' +
    'bcom beng meng ceng cpa ca acca aca fca cima cfa caia frm pmp csm cspo psm cissp cisa cism ' +
    'rn np pa pe shrm phr sphr pcc mcc acc frcs frcp facp mrcp esq hon')
    .split(' '),
);
const HONORIFICS = new Set('dr dra prof mr mrs ms mx sir dame eng ing lic sr sra srta herr frau mme mlle'.split(' '));
/** Common Vietnamese family names, accents folded ("Nguyễn" → "nguyen"). */
const KOREAN_FAMILY = new Set('kim lee yi park choi jung jeong kang cho jo yoon yun jang lim im han oh seo shin kwon hwang ahn song yoo ryu hong jeon moon baek bae nam'.split(' '));
/** Two romanised Korean syllables: "Minji", "Jihye", "Seo-yeon", "Hyunwoo". */
const SYLLABLE = '(?:[gkndtrmbpsjhcyw]|ch|kk|tt|pp|ss|jj)?(?:a|ae|ya|yae|eo|e|yeo|ye|o|oo|wa|wae|oe|yo|u|wo|we|wi|yu|eu|ui|i)(?:ng|n|m|l|k|p|t)?';
const KOREAN_GIVEN = new RegExp(`^(?=.{4,9}$)${SYLLABLE}-?${SYLLABLE}$`, 'i');
/** Family names common in Singapore and Malaysia, romanised as they are there. */
const CHINESE_FAMILY = new Set('tan lim lee ng wong chan goh ong teo koh chua lau leong low yeo ho sim chong foo tay toh seah quek heng ang loh chia soh phua tham yap chew khoo kwek neo pang poh tang wee yong lai chin liew cheong cheng chen zhang wang liu huang'.split(' '));
/** One syllable of a romanised Chinese given name: "Wei", "Ling", "Kuan", "Yew"; never "Ann" or "Smith". */
const HAN_SYLLABLE = /^(?:ch|sh|zh|ts|hs|[bcdfghjklmnpqrstwxyz])?h?[aeiouy][aeiouwy]{0,2}(?:ng|n|k|h|m|p|t)?$/i;
const VIETNAMESE_FAMILY = new Set('nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh trinh doan lam luong ta'.split(' '));
const VIETNAMESE_MIDDLE = new Set(['van', 'thi']);
const fold = (t: string) => t.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase();
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

const PICTOGRAPHS = /[\p{Extended_Pictographic}\p{So}\u{1F3FB}-\u{1F3FF}\uFE0F\u200D\u20E3]/gu;
const BRACKETED = /\s*[([{][^)\]}]*[)\]}]/g;
/** Where a name stops and a slogan starts: "Ana Ruiz | Hiring", "Ana Ruiz - Founder". */
const SLOGAN = /\s*\|\s*|\s[-–—•·/]\s|\s#\S/;

const norm = (t: string) => t.toLowerCase().replace(/\./g, '');
const isCredential = (t: string) => CREDENTIALS.has(norm(t)) || /^[A-Z][A-Z0-9&®™.-]+$/.test(t) || t.includes('®');

/** "⚡️Jane Doe, MD (She/Her) | Hiring" → "Jane Doe". Returns '' when nothing name-like is left. */
export function cleanName(raw: string): string {
  let s = oneLine(raw).replace(PICTOGRAPHS, ' ').replace(BRACKETED, ' ');
  s = s.split(SLOGAN)[0] ?? '';
  const comma = s.indexOf(',');
  if (comma > 0) {
    const after = s.slice(comma + 1).split(/[\s,]+/).filter(Boolean);
    if (after.length > 0 && after.every(isCredential)) s = s.slice(0, comma);
  }
  const tokens = s.split(/\s+/).filter(Boolean);
  while (tokens.length > 2 && CREDENTIALS.has(norm(tokens[tokens.length - 1] ?? ''))) tokens.pop();
  return tokens.join(' ').replace(/^[\s,;:|-]+|[\s,;:|-]+$/g, '');
}

/** Whole-word occurrence of `part` inside `label`. */
function hasWords(label: string, part: string): boolean {
  const i = label.indexOf(part);
  if (i < 0) return false;
  const before = label[i - 1];
  const after = label[i + part.length];
  return (before === undefined || !/[\p{L}\p{N}]/u.test(before)) && (after === undefined || !/[\p{L}\p{N}]/u.test(after));
}

/**
 * LinkedIn's own short name, read from labels such as "Message Sri Kavitha" or "Sri Kavitha has
 * verifications" (ember-2024-b): the longest leading part of the full name a label uses alone.
 * Works in any UI language since only the name is matched, never the verb.
 */
function shortNameFromLabels(fullName: string, labels: readonly string[]): string | null {
  const tokens = fullName.split(' ');
  const useful = labels.filter((l) => !l.includes(fullName));
  for (let k = tokens.length - 1; k >= 1; k--) {
    const prefix = tokens.slice(0, k).join(' ');
    if (useful.some((l) => hasWords(l, prefix))) return prefix;
  }
  return null;
}

/**
 * The name to greet someone by. `given` is a first name the page states outright
 * (profile:first_name meta); `labels` are aria-labels from the top card.
 */
/**
 * Short forms written before the name one is called by, with their dot: "Md." and "Mohd." (Muhammad), "Ma." (Maria, in the
 * Philippines), and titles of a profession in South Asia, "Adv." (advocate) and "Er." (engineer): r36, set 25 ("Hi Adv. Priyanka").
 */
const DOTTED = /^(?:md|mohd|muhd|mst|ma|adv|er)\.$/i;

/** A first name as given, without a title or short form before it ("Adv. Priyanka" → "Priyanka", "Dr. Ana" → "Ana"). */
export function withoutHonorific(first: string): string {
  const tokens = first.trim().split(/\s+/);
  while (tokens.length > 1 && (DOTTED.test(tokens[0] ?? '') || (/\.$/.test(tokens[0] ?? '') && HONORIFICS.has(norm(tokens[0] ?? ''))))) tokens.shift();
  return tokens.join(' ');
}

export function firstNameOf(fullName: string | null, given: string | null, labels: readonly string[]): string | null {
  if (!fullName) return null;
  if (given && (fullName === given || fullName.startsWith(`${given} `))) return given;
  if (CJK.test(fullName) && !fullName.includes(' ')) return fullName;
  const fromLabels = shortNameFromLabels(fullName, labels);
  if (fromLabels) return fromLabels;
  const tokens = fullName.split(' ');
  // "Md. Tanvir Hossain Chowdhury" goes by Tanvir: "Md." and "Mohd." abbreviate Muhammad, written before the name
  // one is called by (s21 unseen senders: "Hi Md." and "I'm Md." in blind review).
  while (tokens.length > 1 && (HONORIFICS.has(norm(tokens[0] ?? '')) || DOTTED.test(tokens[0] ?? ''))) tokens.shift();
  const last = tokens[tokens.length - 1] ?? null;
  // Vietnamese order is family, middle, given: greet "Nguyễn Thị Lan" as "Lan" (public-2026-a).
  // Only when a family name is written with its accents ("Trần", not "Tran") or followed by the
  // middle name "Văn"/"Thị", or by two short syllables after it ("Nguyen Thu Ha" is Ha: r37, set 27); "Anh Nguyen" and
  // "Le Minh" stay as they are.
  const family = tokens[0] ?? '';
  if (
    tokens.length >= 2 &&
    VIETNAMESE_FAMILY.has(fold(family)) &&
    (fold(family) !== family.toLowerCase() || (tokens.length === 3 && (VIETNAMESE_MIDDLE.has(fold(tokens[1] ?? '')) || tokens.slice(1).every((t) => /^\p{Lu}\p{Ll}{1,3}$/u.test(t)))))
  ) {
    return last;
  }
  // Korean order is family, given: "Kim Minji" goes by Minji (s23 unseen senders: "I'm Kim"). Only when the given name is
  // two Korean syllables ("Minji", "Ji-hye"); "Kim Smith" and "Park Avenue" stay as they are.
  if (tokens.length === 2 && KOREAN_FAMILY.has(fold(family)) && KOREAN_GIVEN.test(tokens[1] ?? '')) return tokens[1] ?? null;
  // Chinese order in Singapore and Malaysia is family, then a given name of two syllables: "Tan Wei Ling" goes by Wei Ling
  // (r35, set 23: "I'm Tan"). Only with a common family name and two syllables; "Lee Ann Smith" stays as it is.
  if (tokens.length === 3 && CHINESE_FAMILY.has(fold(family)) && HAN_SYLLABLE.test(tokens[1] ?? '') && HAN_SYLLABLE.test(tokens[2] ?? '')) return `${tokens[1]} ${tokens[2]}`;
  // "J. Robert Smith" goes by Robert.
  if (tokens.length > 2 && /^\p{L}\.?$/u.test(tokens[0] ?? '')) return tokens[1] ?? null;
  return tokens[0] ?? null;
}
