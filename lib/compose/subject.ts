import { pick, type Seed } from './hash';
import type { FoundHook, HookKind } from './hooks';
import { channelLimit, type Tier } from './limits';
import type { Channel } from '../tracker/schema';
import { clipWords, tidy } from './text';
import { fill } from './template';

/**
 * Subject lines (ASK.md §2.1): clear, professional and specific, like guide 001's "Question about
 * your move from engineering to product". {subj} is a short form of the hook's detail.
 */
const SUBJECTS: Readonly<Record<HookKind | 'none' | 'work-title' | 'org-now', readonly string[]>> = {
  post: ['Your post "{subj}"', 'A question about your post "{subj}"'],
  article: ['Your article "{subj}"', 'A question about your article "{subj}"'],
  featured: ['Your featured piece "{subj}"', 'A question about "{subj}"'],
  'role-change': ['Congratulations on your new role as {subj}', 'A question about your move to {subj}'],
  'current-work': ['A question about how you describe your work', 'Your work, and a short question'],
  'work-title': ['A question about your work as {subj}', 'Your path to {subj}: a short question'],
  'shared-school': ['A fellow {subj} graduate with a short question', 'From one {subj} alum to another'],
  'shared-org': ['A short question from someone else who worked at {subj}', 'A {subj} connection with a short question'],
  'org-now': ['A short question from a colleague at {subj}', 'A {subj} colleague with a short question'],
  'shared-city': ['A short question from someone else in {subj}', 'From a fellow {subj} professional: a short question'],
  headline: ['A short question about your path', 'A question about your experience'],
  none: ['A short question about your experience', 'A short question about your path'],
};

/** Subject for InMail and email; undefined for notes and messages, which have none. */
export function subjectFor(hook: FoundHook | null, channel: Channel, tier: Tier, seed: Seed): string | undefined {
  if (channel !== 'inmail' && channel !== 'email') return undefined;
  let key: keyof typeof SUBJECTS = hook?.kind ?? 'none';
  if (hook?.kind === 'current-work' && !hook.quoted) key = 'work-title';
  if (hook?.kind === 'shared-org' && hook.current) key = 'org-now';
  const subj = clipWords(hook?.detail.replace(/…$/, '') ?? '', 40, hook?.quoted ?? false);
  const max = channelLimit(channel, tier).subject ?? 200;
  return clipWords(tidy(fill(pick(SUBJECTS[key], seed, 'subject'), { subj }, false)), max);
}

/** A follow-up's subject, clipped to the channel's cap. */
export function followUpSubject(text: string, channel: Channel, tier: Tier): string | undefined {
  if (channel !== 'inmail' && channel !== 'email') return undefined;
  return clipWords(tidy(text), channelLimit(channel, tier).subject ?? 200);
}
