import { goal, missingSkill, softLower, startsWithVerb } from '../people';
import { pick } from '../hash';
import type { Slot } from '../fit';
import { clipWords, plainInsert } from '../text';
import type { Composed, FollowUpInput, Mentoring } from '../types';
import { context, finish, items, listLevels, questionLevels } from './common';

/** The user's lines, made safe to insert; a question keeps its mark (safeInsert drops the end's punctuation) unless cut. */
const userLines = (lines: readonly string[], each: number) => lines.map((l) => {
  const c = plainInsert(l);
  const cut = clipWords(c, each);
  return cut && cut === c && /\?\s*$/.test(l) ? `${cut}?` : cut;
}).filter(Boolean);

/** The fitting steps that take a list's slot from level `from` to level `to`, one item at a time. */
const down = (slot: string, from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => ({ slot, level: from + i }));

/**
 * The update at the agreed cadence in a mentorship with a journal (ARCHITECTURE.md §7): the next session's
 * agenda, ready to send. Progress is each goal's steps done, and what to bring up is the steps due, the
 * action items still open, the journal entries marked for it and the user's questions, never the first
 * ask's questions again.
 */
function fromJournal(input: FollowUpInput, m: Mentoring): Composed {
  const ctx = context(input, 'cadence');
  const intro = pick(["Here's a short update before we next talk.", 'A quick update before our next session.'], ctx.seed, 'intro');
  const inline = (xs: string[]) => `${xs.join('; ')}.`;
  // Their own goals, said from the last session on, so the mentor needn't scroll back (fu2 review: "since we last talked" said nothing).
  const since = m.since ? `Since our session on ${plainInsert(m.since)}, here is where my goals stand:` : 'Here is where my goals stand:';
  const progress = listLevels(ctx, since, userLines(m.progress, 90), 'g', inline);
  const topics = listLevels(ctx, "What I'd like to talk through next time:", userLines(m.topics, 160), 't', inline);
  // Level k of a list shows k items fewer: `t` topics and `g` goals at level 0.
  const [t, g] = [topics.levels.length, progress.levels.length];
  const slots: Slot[] = [
    { id: 'intro', para: 1, levels: [intro, ''] },
    { id: 'progress', para: 2, levels: [...progress.levels, ''] },
    { id: 'topics', para: 3, levels: [...topics.levels, ''] },
    { id: 'when', para: 4, levels: ['Could we find a time for our next session in the coming weeks?', 'Could we set our next session?', ''] },
    { id: 'thanks', para: 5, levels: ['Thank you for your time, as always.', 'Thank you!'] },
  ];
  return finish(ctx, {
    subject: 'An update, and our next session',
    // A mentor expects the whole agenda: every goal and what to talk through, not the first ask's 600 characters.
    target: 1000,
    slots,
    // Courtesies go first, then the topics down to three, the goals down to one, the topics down to one; the
    // ask for a session goes last: without it the update asks nothing (ARCHITECTURE.md §3).
    ladder: [
      { slot: 'intro', level: 1 }, { slot: 'thanks', level: 1 },
      ...down('topics', 1, t - 3), ...down('progress', 1, g - 1), ...down('topics', Math.max(1, t - 2), t - 1),
      { slot: 'when', level: 1 }, { slot: 'progress', level: g }, { slot: 'when', level: 2 },
    ],
    vars: { ...progress.vars, ...topics.vars },
  });
}

/**
 * The update at the agreed cadence (ARCHITECTURE.md §5; guide 000, regular
 * purposeful touchpoints): progress, a new challenge, and specific questions.
 */
export function cadence(input: FollowUpInput): Composed {
  if (input.mentoring && (input.mentoring.progress.length || input.mentoring.topics.length)) return fromJournal(input, input.mentoring);
  const ctx = context(input, 'cadence');
  const me = input.me ?? {};
  const g = goal(me.shortTermGoal);
  const typed = items(input.takeaways, 1)[0];
  // The typed notes are the chat's takeaways: advice to act on ("prioritise…") or a topic.
  const t = typed ? softLower(typed) : '';
  const progress = t
    ? (/^i\s/i.test(t) ? `I${t.slice(1)}` : startsWithVerb(t) ? `I've been acting on your advice to ${t}` : `I've been working on ${t}`)
    : g ? `I've kept working on my goal to ${g.vp ? g.text : `reach ${g.text}`}` : "I've kept working on what we discussed last time";
  const skill = missingSkill(me);
  const challenge = skill ? `getting better at ${softLower(skill)}` : 'deciding what to focus on next';
  const intro = pick(['Here is a short update before our next conversation.', "Ahead of our next chat, here's where things stand."], ctx.seed, 'intro');
  const qIntro = ctx.note ? 'Questions:' : pick(["Questions I'd like to ask:", "What I'd like your view on:"], ctx.seed, 'q-intro');
  const q = questionLevels(ctx, qIntro);
  return finish(ctx, {
    subject: 'My update before our next chat',
    slots: [
      { id: 'intro', para: 1, levels: [intro, 'Here is a short update.'] },
      { id: 'progress', para: 2, levels: ['Progress: {progress}.', 'Progress: {progressShort}.'] },
      { id: 'challenge', para: 2, levels: ['A new challenge: {challenge}.', ''] },
      { id: 'questions', para: 3, levels: [...q.levels, ''] },
      { id: 'thanks', para: 4, levels: ['Thank you for your time, as always.', 'Thank you!'] },
    ],
    ladder: [
      { slot: 'intro', level: 1 }, { slot: 'thanks', level: 1 }, { slot: 'progress', level: 1 },
      ...q.levels.map((_, i) => ({ slot: 'questions', level: i + 1 })), { slot: 'challenge', level: 1 },
    ],
    vars: { ...q.vars, progress: clipWords(progress, 140), progressShort: clipWords(progress, 50), challenge },
  });
}
