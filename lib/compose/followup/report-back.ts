import { resolveZone, zonedParts } from '../../schedule/zone';
import { overlaps } from '../bridge';
import { goal, softLower, startsWithVerb } from '../people';
import { pick } from '../hash';
import { clipWords } from '../text';
import type { Composed, FollowUpInput } from '../types';
import { context, finish, items } from './common';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "when we spoke in March": eight weeks on, the date tells them which conversation this is. */
function whenWeSpoke(input: FollowUpInput): string {
  if (!input.chat) return '';
  const p = zonedParts(input.chat.at, resolveZone(input.myTimeZone));
  return ` when we spoke in ${MONTHS[p.m - 1]}`;
}

const DID = /^(?:set|met|took|made|wrote|built|spoke|began|ran|found|got|gave|went|learned|learnt|read|tried|started|joined|asked|shared|used|moved|applied|practised|practiced|\p{L}+ed)\b/iu;

/**
 * The report-back after about eight weeks (ARCHITECTURE.md §5):
 * "Following your advice to X, I did Y and learned Z". X is `advice`; with it, `takeaways` says what
 * I did and learned (Y, Z). Without `advice`, the chat's first takeaway is taken as the advice and
 * the draft invites the conversation instead of inventing results.
 */
export function reportBack(input: FollowUpInput): Composed {
  const ctx = context(input, 'report-back');
  const given = items(input.advice, 1)[0] ?? '';
  const notes = items(input.takeaways, 3);
  // A takeaway in the first person is a result ("I rebuilt the deck…"); otherwise it is advice they gave.
  const mine = (t: string) => /^i\s/i.test(t);
  const adviceText = given || notes.find((t) => !mine(t)) || '';
  const x = clipWords(softLower(adviceText).replace(/^(?:you advised me to|your advice (?:was )?to|to)\s+/i, ''), 100);
  // What I did: a first-person note, or a note in the past tense; never the advice itself said again.
  const same = (a: string, b: string) => !!a && !!b && (a.toLowerCase().includes(b.toLowerCase()) || b.toLowerCase().includes(a.toLowerCase()));
  // Typed into the report-back's own field, it comes first; else a note that reads as something done.
  const typed = items(input.result, 1)[0] ?? '';
  const result = typed || (notes.find((t) => t !== adviceText && !same(t, x) && (mine(t) || DID.test(t))) ?? '');
  const done = !result ? '' : mine(result) ? `I ${result.slice(2)}` : `I ${softLower(result)}`;
  const g = goal(input.me?.shortTermGoal);
  const topic = g ? (g.vp ? `trying to ${g.text}` : `working towards ${g.text}`) : 'working on what we discussed';
  const when = whenWeSpoke(input);
  // What I did often says the advice again in my words ("…around one number per slide"): then the advice goes unsaid.
  const echoed = !!done && overlaps(done, x);
  const month = when.replace(' when we spoke', '');
  const lead = echoed ? `Following your advice${when}` : x && startsWithVerb(x) ? `Following your advice${month} to {advice}` : `Following our conversation${month} about {advice}`;
  let report: string;
  if (x && done) report = `${lead}, {done}.`;
  else if (x) report = `${lead}, I've started putting it into practice, and I'd like to tell you how it's going.`;
  else if (done) report = 'Since our conversation, {done}.';
  else report = "Since our conversation, I've been {topic}, and I'd like to tell you how it's going.";
  const hope = pick(["I hope you're doing well.", 'I hope all is well with you.'], ctx.seed, 'hope');
  // Not "thank you for the advice" after "following your advice": the same word twice in three lines.
  const thanks = pick(['Thank you again for pointing me in that direction.', 'Thank you again for taking the time to talk with me.'], ctx.seed, 'thanks');
  return finish(ctx, {
    subject: 'An update since our conversation',
    slots: [
      { id: 'hope', para: 1, levels: [hope, ''] },
      { id: 'report', para: 1, levels: [report] },
      // A report of what happened asks nothing of them (fu2 blind review: "no 'no need to reply'").
      { id: 'ease', para: 2, levels: [done ? 'No need to reply: I just wanted you to know how it turned out.' : '', ''] },
      { id: 'thanks', para: 2, levels: [thanks, 'Thank you again!'] },
    ],
    ladder: [{ slot: 'hope', level: 1 }, { slot: 'ease', level: 1 }, { slot: 'thanks', level: 1 }],
    vars: { advice: x, done, topic },
  });
}
