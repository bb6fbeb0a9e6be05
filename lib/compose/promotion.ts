import type { Profile } from '../linkedin/schema';
import { fold } from './text';
import { orgName } from './names';
import { asWritten, firstTitle } from './titles';
import { foreignTitle } from './glossary';

/** A goal to be promoted: "get promoted to personal banker", "go for a promotion this year". */
export const WANTS_PROMOTION = /\b(?:get(?:ting)?|be(?:ing)?)\s+promoted\b|\bpromotion\b/i;

/**
 * Their latest promotion on the page: a new title at the same organisation ("Senior Claims Executive" → "Team Leader - Motor
 * Claims" at Sahyadri General Insurance), said as a person writes the title ("team leader"); '' when the page shows none.
 */
export function lastPromotion(profile: Profile): string {
  const list = profile.experience.slice(0, 6);
  for (let i = 0; i + 1 < list.length; i++) {
    const [to, from] = [list[i]!, list[i + 1]!];
    const same = fold(orgName(to.company, 200)) === fold(orgName(from.company, 200));
    const b = asWritten(firstTitle(to.title)).replace(/\s+[–—-]\s+.*$/, '');
    const a = asWritten(firstTitle(from.title)).replace(/\s+[–—-]\s+.*$/, '');
    if (same && a && b && fold(a) !== fold(b) && !foreignTitle(b) && !/\b(?:intern|trainee|volunteer|part-time)\b/i.test(`${a} ${b}`)) return b;
  }
  return '';
}

/**
 * To someone after a promotion, how they got theirs: "What helped you get promoted to team leader?" (r39, set 31: a bank teller
 * set on personal banker was asked "What made you move from customer support associate to senior claims executive?", their
 * motive, where how they were promoted is what she can use). '' when the goal is no promotion or their page shows none.
 */
export function promotionQuestion(profile: Profile, goalText: string): string {
  const to = WANTS_PROMOTION.test(goalText) ? lastPromotion(profile) : '';
  return to ? `What helped you get promoted to ${to}?` : '';
}
