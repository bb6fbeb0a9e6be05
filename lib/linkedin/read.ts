// Assembling a reading from the section readers. Each section is read on its own, so one card
// LinkedIn has changed costs that field only ("missing"), never the whole profile.
import type { Experience, Education, Profile, Reading } from './schema';
import { emptyProfile } from './blank';
import { isOngoing, oneLine, orNull, paragraphs } from './clean';
import { LIMITS } from './limits';
import { pick } from './dom';
import { detectPage, pageSlug } from './generation';
import { ldAbout, ldActivity, ldLocality, ldName, ldPerson, readJsonLd, type LdNode } from './json-ld';
import { cleanName, firstNameOf } from './names';
import { alts, SEL, type Family } from './selectors';
import { findCard, findCards, stillLoading, type CardKey } from './sections';
import { readTopCard, type TopCard } from './top-card';
import { readAbout } from './about';
import { readExperience } from './experience';
import { readEducation } from './education';
import { readActivity } from './activity';
import { readFeatured } from './featured';
import { readSkills } from './skills';
import { canonicalProfileUrl, isMemberId } from './url';

export const FIELDS = [
  'fullName', 'firstName', 'headline', 'location', 'pronouns', 'connectionDegree', 'current',
  'about', 'experience', 'education', 'activity', 'featured', 'skills',
] as const;

/** Run one section reader; a throw costs that section only. */
function safely<T>(fallback: T, fn: () => T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}

const same = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0;

/** Current role: the company chip's role in Experience, else the first ongoing role. */
function currentRole(tc: TopCard | null, exp: Experience[], edu: Education[]): Profile['current'] {
  let company = tc?.companyChip ?? null;
  // Ember chips do not say which is the company: the one matching an ongoing role is (ember-2024-a).
  company ??=
    tc?.chips.find((c) => exp.some((e) => same(e.company, c) && isOngoing(e.dates))) ??
    tc?.chips.find((c) => exp.some((e) => same(e.company, c)) && !edu.some((e) => same(e.school, c))) ??
    null;
  if (company) {
    const c = company;
    const role = exp.find((e) => same(e.company, c) && isOngoing(e.dates)) ?? exp.find((e) => same(e.company, c));
    return { title: role?.title ?? null, company: role?.company || c };
  }
  const ongoing = exp.find((e) => isOngoing(e.dates));
  return ongoing ? { title: ongoing.title, company: ongoing.company } : null;
}

/** public-2026-a has no headline element; its <title> reads "Name - Headline | LinkedIn". */
function headlineFromTitle(doc: Document, fullName: string | null): string {
  if (!fullName) return '';
  for (const t of Array.from(doc.querySelectorAll('title'))) {
    if (t.closest('svg')) continue;
    const text = oneLine(t.textContent ?? '').replace(/\s*\|\s*LinkedIn$/i, '').replace(/^\(\d+\)\s*/, '');
    if (text.startsWith(`${fullName} - `)) return text.slice(fullName.length + 3);
  }
  return '';
}

function blank(url: string, slug: string, generation: Reading['generation'], viewer: Reading['viewer'], missing: string[]): Reading {
  return { profile: emptyProfile(url, slug), generation, viewer, missing: [...missing, ...FIELDS] };
}

/** Does the top card carry this member id (SDUI componentkeys, profile URNs in its links)? */
function mentionsId(topCard: Element, id: string): boolean {
  return (topCard.getAttribute('componentkey') ?? '').includes(id) || topCard.querySelector(`a[href*="${id}"]`) !== null;
}

export function read(doc: Document, url: string, slug: string | null): Reading {
  let ld: LdNode[] | null = null;
  const getLd = () => (ld ??= readJsonLd(doc));
  const page = detectPage(doc, getLd);
  if (!slug) return blank('', '', page.generation, page.viewer, ['url']);
  const family: Family | null = page.family;
  if (!family || family === 'notFound') return blank(url, slug, page.generation, page.viewer, []);

  const topCard = pick(doc, alts('topCard', family));
  const own = pageSlug(doc, family, topCard, family === 'public' ? getLd() : []);
  // A member-id URL (/in/ACoAA…) names the same person as the page's vanity name when the top
  // card carries that id; then the vanity name is the one to keep.
  if (own && own !== slug && isMemberId(slug) && topCard && mentionsId(topCard, slug)) {
    [slug, url] = [own, canonicalProfileUrl(own)];
  }
  // The DOM still shows someone else (SPA navigation left it behind): report that, not them.
  if (own && own !== slug) return blank(url, slug, 'stale', page.viewer, ['stale']);
  const missing: string[] = own ? [] : ['identity:unverified'];

  const person = family === 'public' ? ldPerson(getLd(), slug) : null;
  const tc = topCard ? safely(null, () => readTopCard(topCard, family)) : null;
  const card = (key: CardKey) => safely(null, () => findCard(doc, family, key));
  const section = <T>(key: CardKey, fallback: T, fn: (el: Element) => T): T => {
    const el = card(key);
    return el ? safely(fallback, () => fn(el)) : fallback;
  };

  const fullName = orNull(cleanName(tc?.rawName ?? '') || cleanName(ldName(person)), LIMITS.name);
  const given = own && family === 'public' ? pick(doc, SEL.firstNameMeta.public)?.getAttribute('content') : null;
  const experience = section('experience', [], (el) => readExperience(el, family));
  const education = section('education', [], (el) => readEducation(el, family));
  let activity = safely([], () => readActivity(findCards(doc, family, 'activity'), family, slug));
  if (activity.length === 0 && family === 'public') activity = safely([], () => ldActivity(getLd(), slug));
  const about = section('about', null, (el) => readAbout(el, family)) ?? orNull(paragraphs(ldAbout(person)), LIMITS.about);

  const profile: Profile = {
    ...emptyProfile(url, slug),
    fullName,
    firstName: safely(null, () => firstNameOf(fullName, given ? oneLine(given) : null, tc?.labels ?? [])),
    headline: orNull(tc?.headline || (family === 'public' ? headlineFromTitle(doc, fullName) : ''), LIMITS.headline),
    location: orNull(tc?.location || ldLocality(person), LIMITS.short),
    pronouns: tc?.pronouns ?? null,
    connectionDegree: tc?.degree ?? null,
    current: safely(null, () => currentRole(tc, experience, education)),
    about,
    experience,
    education,
    activity,
    featured: section('featured', [], (el) => readFeatured(el, family)),
    skills: section('skills', [], (el) => readSkills(el, family)),
  };
  for (const field of FIELDS) {
    const v = profile[field];
    if (v !== null && !(Array.isArray(v) && v.length === 0)) continue;
    const lazy = (field === 'experience' || field === 'education') && stillLoading(doc, family, field);
    missing.push(lazy ? `${field}:loading` : field);
  }
  return { profile, generation: page.generation, viewer: page.viewer, missing };
}
