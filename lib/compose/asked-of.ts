import type { Profile } from '../linkedin/schema';
import { isOngoing } from './dates';

/**
 * Questions a sender typed that someone's role answers, whatever words their page shares with it: a question on a charity's
 * board, to the chair of a foundation; on a technical co-founder or a first version of an app, to a founder; on an MBA, to
 * someone who went to business school (r41, set 37: each was asked of nobody, or of the one person it did not fit).
 * One row per kind of question: what the question asks about, and what their page must show.
 */
const ANSWERS: readonly { asks: RegExp; title?: RegExp; org?: RegExp; page?: RegExp }[] = [
  { asks: /\b(?:board|trustees?|governance|charit(?:y|ies)|non-?profits?)\b/i, title: /\b(?:co-?chair|chair(?:man|woman|person)?|trustee|board member|(?:co-?)?founder)\b/i, org: /\b(?:foundation|charity|trust|non-?profit|ngo|association|society)\b/i },
  { asks: /\b(?:co-?founder|start-?up|first version|mvp|(?:an?|the|my) app)\b/i, title: /\b(?:co-?founder|founder|cto|ceo)\b/i },
  { asks: /\b(?:MBA|business school)\b/, page: /\b(?:MBA|business school)\b/ },
  { asks: /\b(?:hiring managers?|recruiters?|employers)\b/i, title: /\b(?:recruit\w*|talent|hiring|engineering manager|head of)\b/i },
];

/** Whether their role, as their page shows it, answers a question the sender typed. */
export function askedOf(q: string, profile: Profile): boolean {
  const titles = [profile.headline, profile.current?.title, ...profile.experience.filter((e) => isOngoing(e.dates)).map((e) => e.title)].filter(Boolean).join('. ');
  const orgs = [profile.headline, profile.current?.company, ...profile.experience.map((e) => e.company)].filter(Boolean).join('. ');
  const page = [titles, profile.about, ...profile.education.map((e) => `${e.school} ${e.degree ?? ''}`), ...profile.activity.filter((a) => a.kind !== 'repost').map((a) => a.text)].filter(Boolean).join(' ');
  return ANSWERS.some((a) => a.asks.test(q) && (!a.title || a.title.test(titles)) && (!a.org || a.org.test(orgs)) && (!a.page || a.page.test(page)));
}
