import { goal, missingSkill, softLower, startsWithVerb } from '../people';
import { pick } from '../hash';
import { clipWords } from '../text';
import type { Composed, FollowUpInput } from '../types';
import { context, finish, items, questionLevels } from './common';

/**
 * The update at the agreed cadence (ARCHITECTURE.md §5; guide 000, regular
 * purposeful touchpoints): progress, a new challenge, and specific questions.
 */
export function cadence(input: FollowUpInput): Composed {
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
