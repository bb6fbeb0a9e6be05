/**
 * Follow-ups for a blind reviewer: every kind after the ask (check-in, agenda, thank-you, report-back,
 * the mentoring update, the closes), on real fixture pages for four senders, with what the user typed
 * into the product shown above each, so a reviewer can tell the user's words from the product's.
 *   npx tsx tests/demo/blind-followups.ts > followups.md
 */
import { composeFollowUp } from '../../lib/compose';
import { close } from '../../lib/compose/followup/close';
import { mentoringOf } from '../../lib/next-step/mentoring';
import type { Chat, CloseReason } from '../../lib/tracker/schema';
import { twoGoals, withSession, DAY, START } from '../unit/mentorship/build';
import { readFixtures, SENDERS } from '../unit/compose/senders';

const NOW = Date.UTC(2026, 2, 10, 9, 14);
const HOUR = 3_600_000;
const fixtures = readFixtures().filter((f) => f.name !== 'not-found-2024');
const senders = SENDERS.filter((s) => s.id !== 'no-profile');
/** What each sender typed: the chat's takeaways (the thank-you; the first is the advice the report-back follows), and what they did (the report-back's field). */
const TYPED: Record<string, { takeaways: string; did: string }> = {
  analyst: { takeaways: 'Show one number per slide\nWrite the metric definition under each chart', did: 'I rebuilt our weekly forecast deck around one number per slide, and the ops managers now ask about the numbers instead of the charts' },
  teacher: { takeaways: 'Build one small project end to end\nAsk for code reviews early', did: 'I built a small grade-tracking app for my school and put it on GitHub' },
  marketer: { takeaways: 'Test one price change at a time\nWrite the hypothesis before the test', did: 'I ran two pricing tests this month, each with a written hypothesis' },
  engineer: { takeaways: 'Make every payment handler idempotent\nAdd a dashboard for retries', did: 'I added idempotency keys to our refund handler, and duplicate refunds stopped' },
};

/** Each sender's own journal (the shared builder's goals are one engineer's): two goals, a step each, two action items, a note to bring up. */
const JOURNALS: Record<string, string[]> = {
  analyst: ['Present the monthly forecast to the ops managers', 'Explain uncertainty in plain words', "Sit in on finance's forecast review", 'Ask one question per review', 'Draft a one-page forecast summary', 'Read "How to Measure Anything"', 'Lost the room when I showed the error bars; how do I say it simply?'],
  teacher: ['Finish a first project in Python', 'Get my code reviewed by a working developer', 'Finish the testing chapter of my course', 'Post one pull request a week', 'Put the grade tracker on GitHub', 'Read "The Pragmatic Programmer"', 'Stuck on tests for two evenings; is that normal?'],
  marketer: ['Run my first pricing experiment', 'Speak up in the growth reviews', "Shadow the growth team's weekly test review", 'Bring one idea to each review', 'Write a hypothesis for the annual-plan discount', 'Read "Trustworthy Online Controlled Experiments"', 'My test had too few visitors to read; what now?'],
  engineer: ['Make the refund service safe to retry', 'Lead one incident review', 'Pair with the on-call lead for a week', 'Write up one incident a month', 'Add idempotency keys to the refund handler', 'Read "Designing Data-Intensive Applications"', 'The load test passed, yet production double-charged once; why?'],
};
const journalOf = (sender: string) => {
  const m = withSession(twoGoals());
  const [g1, g2, s1, s2, a1, a2, note] = JOURNALS[sender]!;
  const texts = [s1, s2, a1, a2];
  return { ...m, goals: m.goals.map((g, i) => ({ ...g, title: [g1, g2][i]! })), steps: m.steps.map((x, i) => ({ ...x, text: texts[i] ?? x.text })), journal: m.journal.map((j) => ({ ...j, text: note! })) };
};

const out = ['# Coffee Chat follow-ups on the shared fixtures', '', 'Each follow-up goes to someone the sender already wrote to. Above each draft: the stage, and what the user typed into the product (if anything). Everything else is the product\'s.', ''];
for (const s of senders) out.push(`- **${s.id}**: ${s.about}`);
let n = 0;
const show = (title: string, typed: string, d: { subject?: string; body: string }) => {
  out.push('', `### ${++n}. ${title}`, '', typed ? `*The user typed: ${typed}*` : '*The user typed nothing.*', '');
  if (d.subject) out.push(`**Subject:** ${d.subject}`, '');
  out.push(d.body.split('\n').map((l) => `> ${l}`).join('\n'));
};
fixtures.forEach((f, i) => {
  const s = senders[i % senders.length]!;
  const t = TYPED[s.id]!;
  const base = { profile: f.profile, me: s.me, tier: 'free' as const, now: NOW, myTimeZone: s.myTimeZone };
  const chat: Chat = { at: NOW - 3 * HOUR, minutes: 20, timeZone: s.myTimeZone };
  const upcoming: Chat = { at: NOW + 26 * HOUR + 46 * 60_000, minutes: 20, timeZone: s.myTimeZone, theirTimeZone: 'Europe/Stockholm' };
  const who = `${f.name} · sender: ${s.id}`;
  out.push('', `## ${f.profile.fullName ?? f.name} (${f.name}), written to by the ${s.id}`, '', `Headline: ${f.profile.headline ?? '(none)'}`);
  show(`${who} · check-in a week after an unanswered ask · message`, '', composeFollowUp('check-in', { ...base, channel: 'message' }));
  show(`${who} · agenda the day before the chat · message`, '', composeFollowUp('agenda', { ...base, channel: 'message', chat: upcoming }));
  const withNotes = i % 2 === 0;
  show(`${who} · thank-you after the chat · message`, withNotes ? `takeaways "${t.takeaways.replace('\n', '; ')}"` : '', composeFollowUp('thank-you', { ...base, channel: 'message', chat, ...(withNotes ? { takeaways: t.takeaways } : {}) }));
  show(`${who} · report-back eight weeks later · message`, `takeaways from the chat "${t.takeaways.replace('\n', '; ')}"; in the report-back's field "What did you do with their advice, and what came of it?": "${t.did}"`, composeFollowUp('report-back', { ...base, channel: 'message', chat, takeaways: t.takeaways, result: t.did }));
  if (i % 3 === 0) {
    const m = journalOf(s.id);
    show(`${who} · mentoring update at the agreed cadence (their mentorship journal has two goals, a session with two action items and a journal entry) · message`, 'goals, steps, action items and the journal entry, on the mentorship page', composeFollowUp('cadence', { ...base, now: START + 30 * DAY, channel: 'message', chat, mentoring: mentoringOf(m, START + 30 * DAY, s.myTimeZone) }));
  }
  const reason: CloseReason = (['no-reply', 'not-a-fit', 'declined'] as const)[i % 3]!;
  show(`${who} · close (${reason}) · message`, '', close({ ...base, channel: 'message', closeReason: reason, ...(reason === 'not-a-fit' ? { chat, stage: 'held' as const } : { stage: reason === 'no-reply' ? 'sent' as const : 'replied' as const }) }));
});
console.log(out.join('\n'));
