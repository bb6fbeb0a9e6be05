import type { Profile } from '../linkedin/schema';
import type { Me } from '../settings/schema';
import { unsafeToQuote } from '../coach/phrases';
import { isOngoing, startedRecently } from './dates';
import { firstSegment } from './headline';
import { orgName, roleName, wholePart } from './names';
import { clipWords, firstSentence, fold, plainInsert, safeInsert } from './text';
import { sameCity } from './timezone';

export const HOOK_KINDS = [
  'post', 'article', 'featured', 'role-change', 'current-work', 'shared-school', 'shared-org', 'shared-city', 'headline',
] as const;
export type HookKind = (typeof HOOK_KINDS)[number];

/**
 * Stable id of a hook for the UI's chips: "<kind>:<index>" where index points into the profile list
 * it came from (activity, featured, experience, education), or the bare kind when there is only one
 * ("current-work", "shared-city", "headline"). Same reading, same ids.
 */
export type HookId = HookKind | `${HookKind}:${number}`;

export interface Hook {
  id: HookId;
  kind: HookKind;
  /** A few words for a chip: 'Post: "Our load tests…"'. */
  label: string;
  /** The specific thing the opening mentions, as it appears in the draft (before any shortening). */
  detail: string;
}

/** A hook plus what the opening needs to phrase it; the public Hook drops these. */
export interface FoundHook extends Hook {
  /** The detail is their own words, to be quoted. */
  quoted: boolean;
  /** The detail shortened for tight drafts: fewer quoted words, or the title without the company. */
  short: string;
  /** Shared organisation where both work now, or current work described by title only. */
  current?: boolean;
}

const QUOTE_MAX = 60;
const LEAKED = /\bundefined\b/i;
const MAX_ACTIVITY = 3;
const SHORT_QUOTE = 28;

/**
 * A mention LinkedIn prints before the post's first sentence (sdui-2026-b: "BLFX I enjoy building
 * teams…"): "@name", or a word in capitals right before "I", "We", "The"… that starts the sentence.
 */
const MENTION = /^(?:@\S+|\p{Lu}[\p{Lu}\d&]+)\s+(?=(?:I|I'm|I've|We|We're|We've|Our|My|The|This|It|It's)\s)/u;

/** Their words, unedited: text that says "undefined" is dropped, since safeInsert would delete the word from the quotation. */
function quote(text: string | null | undefined): string {
  const raw = firstSentence((text ?? '').trimStart().replace(MENTION, ''));
  if (LEAKED.test(raw)) return '';
  const s = clipWords(safeInsert(raw), QUOTE_MAX, true);
  // Two words, or six letters for scripts written without spaces (Chinese, Japanese, Thai).
  const enough = [...s.matchAll(/\p{L}+/gu)].length >= 2 || (s.match(/\p{L}/gu) ?? []).length >= 6;
  return enough && !unsafeToQuote(s) ? s : '';
}

const chip = (s: string) => clipWords(s, 28, true);
const same = (a: string, b: string) => {
  const x = fold(a);
  const y = fold(b);
  return x.length >= 3 && y.length >= 3 && (x === y || (Math.min(x.length, y.length) >= 5 && (x.includes(y) || y.includes(x))));
};

/**
 * Every opening the profile offers, most specific first (ASK.md §2.2): their own posts and articles
 * (reposts are someone else's words), featured items (file names like "RohanMalhotra.pdf" in
 * sdui-2026-self say nothing), a recent role change (needs `now`), their current work in their own
 * words, shared ground with the user, their current title alone, and last the headline, the
 * weakest opening and only a fallback.
 */
export function findHooks(profile: Profile, me: Partial<Me> = {}, now?: number): FoundHook[] {
  const found: Omit<FoundHook, 'short'>[] = [];
  let own = 0;
  profile.activity.forEach((a, i) => {
    if ((a.kind !== 'post' && a.kind !== 'article') || own >= MAX_ACTIVITY) return;
    const detail = quote(a.text);
    if (!detail) return;
    own++;
    const label = `${a.kind === 'post' ? 'Post' : 'Article'}: "${chip(detail)}"`;
    found.push({ id: `${a.kind}:${i}`, kind: a.kind, label, detail, quoted: true });
  });
  profile.featured.slice(0, 5).forEach((f, i) => {
    if (/\.[a-z0-9]{2,4}$/i.test(f.title.trim())) return;
    const detail = quote(f.title);
    if (detail && found.filter((h) => h.kind === 'featured').length < 2) {
      found.push({ id: `featured:${i}`, kind: 'featured', label: `Featured: "${chip(detail)}"`, detail, quoted: true });
    }
  });
  const roleIdx = profile.experience.findIndex((e) => isOngoing(e.dates));
  const role = profile.experience[roleIdx];
  if (role && now !== undefined && startedRecently(role.dates, now) && plainInsert(role.title)) {
    const detail = [roleName(role.title), orgName(role.company)].filter(Boolean).join(' at ');
    found.push({ id: `role-change:${roleIdx}`, kind: 'role-change', label: `New role: ${chip(plainInsert(role.title))}`, detail, quoted: false });
  }
  const described = quote(role?.description) || quote(profile.about);
  const title = plainInsert(profile.current?.title) || plainInsert(role?.title);
  const company = plainInsert(profile.current?.company) || plainInsert(role?.company);
  if (described) found.push({ id: 'current-work', kind: 'current-work', label: `Their words: "${chip(described)}"`, detail: described, quoted: true });
  const school = profile.education.findIndex((e) => same(e.school, me.school ?? ''));
  const edu = profile.education[school];
  if (edu) found.push({ id: `shared-school:${school}`, kind: 'shared-school', label: `Both studied at ${chip(plainInsert(edu.school))}`, detail: clipWords(plainInsert(edu.school), 60), quoted: false });
  // "Self-employed" or "Freelance" on both sides is not a workplace in common.
  const org = orgName(me.organisation, 200);
  const nowAt = !!profile.current && same(orgName(profile.current.company, 200), org);
  const orgIdx = profile.experience.findIndex((e) => same(orgName(e.company, 200), org));
  const shared = nowAt ? profile.current?.company : profile.experience[orgIdx]?.company;
  if (shared && (nowAt || orgIdx >= 0)) {
    const detail = orgName(shared, 50);
    found.push({ id: nowAt ? 'shared-org' : `shared-org:${orgIdx}`, kind: 'shared-org', label: `Both at ${chip(detail)}`, detail, quoted: false, current: nowAt });
  }
  const city = clipWords(plainInsert(me.city), 40);
  if (city && sameCity(city, profile.location)) {
    found.push({ id: 'shared-city', kind: 'shared-city', label: `Both in ${chip(city)}`, detail: city, quoted: false });
  }
  if (!described && title && !found.some((h) => h.kind === 'role-change')) {
    // Title and company alone are the weakest opening (ASK.md §2.2): after shared ground, before the headline.
    const detail = [roleName(title), orgName(company)].filter(Boolean).join(' at ');
    found.push({ id: 'current-work', kind: 'current-work', label: `Work: ${chip(title)}`, detail, quoted: false, current: true });
  }
  // A status ("Open to work", "Seeking a mentor") is no opening; a long part is cut where it is whole.
  const headline = wholePart(firstSegment(profile.headline) || roleName(title, 70), 70);
  if (headline && !unsafeToQuote(headline) && !LEAKED.test(profile.headline ?? '')) found.push({ id: 'headline', kind: 'headline', label: 'Their headline', detail: headline, quoted: true });
  return found.map((h) => ({ ...h, short: shorten(h) }));
}

/** Quotes lose words (marked "…"); "Title at Company" keeps the title; names stay whole. */
function shorten(h: Omit<FoundHook, 'short'>): string {
  if (h.quoted) return clipWords(h.detail.replace(/…$/, ''), SHORT_QUOTE, true);
  if (h.kind === 'role-change' || (h.kind === 'current-work' && h.current)) return wholePart(h.detail.split(' at ')[0] ?? h.detail, 40);
  return h.detail;
}

/** The public shape of a hook (what composeAsk returns). */
export function publicHook(h: FoundHook): Hook {
  return { id: h.id, kind: h.kind, label: h.label, detail: h.detail };
}
