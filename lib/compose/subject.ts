import type { Channel } from '../tracker/schema';
import { goalCut, withoutAdverbs, type MeParts } from './ask';
import { gerund } from './clauses';
import { channelLimit, textLength, type Tier } from './limits';
import type { Opener } from './openers';
import { capFirst, clipWords, tidy, withoutLearning, withoutMine } from './text';
import { ABOUT_THEIR_PATH } from './questions';
import { POINTED } from './line-questions';

/** Subjects stay short enough to read whole in an inbox list. */
export const SUBJECT_MAX = 60;

/**
 * Subject lines (ARCHITECTURE.md §2): short and specific, naming THEIR topic ("Your post on simple dashboards
 * that everyone reads", "Your move to tech education team lead"), never the sender's goal and never
 * "A question about your experience". The names come from the opener's own short forms, whole.
 */
export function subjectFor(opener: Opener | null, goal: MeParts['goal'], channel: Channel, tier: Tier, questions: readonly string[] = []): string | undefined {
  if (channel !== 'inmail' && channel !== 'email') return undefined;
  const max = Math.min(channelLimit(channel, tier).subject ?? 200, SUBJECT_MAX);
  // Not what they did, said as a sentence ("that you manage 7 engineers…"): a subject names a topic.
  const names = opener ? [opener.short, ...opener.tiny].filter((n) => !/^that you /.test(n)).map((n) => n.replace(/^what you wrote (?:about|on) /, 'your line on ').replace(/^that /, '')) : [];
  // A topic too long for an inbox list, cut at its first phrase ("Your post on building a simple weekly report").
  // The "when…" clause goes first ("…that stay fast when traffic triples overnight"), then a "that…" one.
  const cut = names.filter((n) => /^your (?:post|article|line|work) on /.test(n)).flatMap((n) => [n.replace(/^(.{20,}?)\s+(?:when|while|because|before|after|so)\s.*$/, '$1'), n.replace(/^(.{20,}?)\s+(?:that|which|who|into|to|with|for|so|because|before|when)\s.*$/, '$1')]);
  const fit = (n: string) => textLength(n) <= max;
  // Not a line of their job description as a subject ('Your work "Manage 7 engineers across London and Lagos"').
  const fits = [...names, ...cut].find((n) => fit(n) && !/^your (?:earlier )?work (?:as |in |")/.test(n));
  const noun = opener?.kind === 'about' ? 'your work' : opener?.kind === 'post' || opener?.kind === 'article' ? `your recent ${opener.kind}` : '';
  // Nothing of theirs fits: the sender's question by its topic ("A question about presenting forecasts"), never
  // "A question for a scrum master" above two questions, and never the goal pasted whole.
  const topic = goal ? questionTopic(goal) : '';
  // A pair said once ("pricing and growth experiments" → "pricing experiments"), so the goal is named, not pasted.
  const short = pasted(topic, goal?.text ?? '') ? topic.replace(/(\p{L}+) and \p{L}+ (\p{L}+)$/u, '$1 $2') : topic;
  const asked = short && fit(`A question about ${short}`) && !pasted(short, goal?.text ?? '') ? `A question about ${short}` : '';
  // A job the sender wants, by its kind ("land my first backend engineering job" → "backend engineering jobs"), still
  // beats "A question about your profile", which says nothing (u15), and is not the goal pasted.
  // Never half of two ("…customer success or onboarding role" → "or onboarding roles", s20 unseen senders), nor half of one
  // ("regulatory affairs officer role" → "affairs officer roles", r38, set 30): the job after its article, by its field when
  // three words would paste the goal ("regulatory affairs roles").
  const whole = /(?:^|\s)(?:or|and|of)\s+(?:[\p{L}-]+\s){0,2}(?:job|role|position)$/u.test(short) ? '' : /((?:[\p{L}-]+\s){1,3}?(?:job|role|position))$/u.exec(short.replace(/^.*\b(?:an?|the|my|first)\s+/u, ''))?.[1] ?? '';
  const kinds = [whole, whole.replace(/^(?!(?:assistant|senior|junior|deputy|lead|chief|head|associate)\b)(\S+\s+\S+)\s+(?:officer|specialist|assistant|associate|manager|coordinator|analyst|executive)\s+(?=\S+$)/u, '$1 '), /((?:[\p{L}-]+\s){1,2}(?:job|role|position))$/u.exec(whole)?.[1] ?? ''];
  const kind = kinds.find((k) => k && fit(`A question about ${k}s`) && !pasted(`${k}s`, goal?.text ?? ''));
  const said = kind ? `A question about ${kind}s` : '';
  // The goal is no subject when no question asks about it ("A question about making payment services reliable" above "What
  // drew you to Hoa Sen Foundation?": r25e/r26e reviews, "the subject asks what the body never asks"): where they work, as the
  // questions name it.
  // Nor above a question that points back to their line ("What did those years teach you?"), which asks nothing of the goal.
  const aboutGoal = !questions.length || !questions.every((q) => ABOUT_THEIR_PATH.test(q) || POINTED.test(q));
  // "How did you get started in growth strategy?": their work in it.
  const place = aboutGoal ? '' : questions.map((q) => (/^(?:How did you end up at|How did you come to run|What drew you to|What made you start|What are you working on at|What is the hardest part of your work at)\s+(\p{Lu}.*?)(?: these days)?\?$/u.exec(q)?.[1] ?? '').replace(/^(?=.)/, 'at ') || (/^How did you get started ((?:in|as) .+)\?$/u.exec(q)?.[1] ?? '')).find(Boolean);
  // Or the move the questions ask about ("What made you move from garda to SOC analyst?" → "your move to SOC analyst", r35).
  const moved = aboutGoal ? '' : questions.map((q) => /^What (?:made you move|helped most when you moved) from .+? (?:to|into) ([^?]+)\?$/u.exec(q)?.[1]).find(Boolean);
  const theirs = place && fit(`A question about your work ${place}`) ? `A question about your work ${place}` : moved && fit(`A question about your move to ${moved}`) ? `A question about your move to ${moved}` : '';
  // Where they work says more than "your recent post", which names no topic (r35: the questions point back to their line).
  const bare = (n: string) => !!theirs && /^your (?:recent )?(?:post|article|line|work)$/.test(n);
  const s = fits || (opener?.quote && aboutGoal ? asked : '') || names.find((n) => fit(n) && !/^your (?:earlier )?work "/.test(n) && !bare(n)) || theirs || (aboutGoal ? asked || said : '') || (noun ? `A question about ${noun}` : 'A short question about your work');
  return clipWords(tidy(capFirst(s)), max);
}

/** The sender's goal as the topic of a question: "moving into software engineering", "presenting forecasts". */
function questionTopic(g: NonNullable<MeParts['goal']>): string {
  const into = /\b(?:into|to)\s+((?:[\p{L}-]+\s?){1,4})$/u.exec(g.text)?.[1];
  if (into && /\b(?:career|move|moving|switch|transition|change|changing|pivot)\b/i.test(g.text)) return into.trim();
  // Without whom it is for ("write product plans that engineers trust" → "writing product plans"): a subject names the topic.
  const text = g.text.replace(/^(.{12,}?)\s+(?:that|who|which)\s+.*$/u, '$1');
  return g.vp ? gerund(withoutMine(withoutLearning(goalCut(withoutAdverbs(text))))) : goalCut(text);
}

/** A run of four words of the goal, word for word: the subject would be the goal pasted. */
function pasted(topic: string, goalText: string): boolean {
  const w = goalText.toLowerCase().split(/\s+/);
  const t = topic.toLowerCase();
  for (let i = 0; i + 4 <= w.length; i++) if (t.includes(w.slice(i, i + 4).join(' '))) return true;
  return w.length < 4 && t.includes(w.join(' '));
}

/** A follow-up's subject, clipped to the channel's cap. */
export function followUpSubject(text: string, channel: Channel, tier: Tier): string | undefined {
  if (channel !== 'inmail' && channel !== 'email') return undefined;
  return clipWords(tidy(text), channelLimit(channel, tier).subject ?? 200);
}
