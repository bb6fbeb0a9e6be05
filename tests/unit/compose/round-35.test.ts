/**
 * r35: 434 of 1,166 messages in the dump asked only "How did you end up at …?" and "What are you working on there these
 * days?" under a line of theirs the opening quoted, because no question shape read that line (advice, a view, something
 * they did at a time). A question that points back to the line now comes first; a paired blind review preferred it 29 to 1.
 */
import { describe, expect, it } from 'vitest';
import { pointedQuestion } from '../../../lib/compose/line-questions';
import { askAbout } from '../../../lib/compose/questions';
import { UNSEEN_SETS, unseenDraft } from './unseen';

const POINTED = /^(?:What taught you that lesson|What convinced you of that|What surprised you most about that|What made the biggest difference)\?$/;
const questionsOf = (body: string) => [...body.matchAll(/^- (.+)$/gm)].map((m) => m[1]!);

describe('a question that points back to the line the opening quoted', () => {
  it.each([
    // Advice they give: what taught it.
    ['Go to the factory floor.', 'What taught you that lesson?'],
    ['Keep a few dollar-denominated costs in mind when you price.', 'What taught you that lesson?'],
    ['Say no to clients who want a certificate but not a system.', 'What taught you that lesson?'],
    ["Don't ask users what they do.", 'What taught you that lesson?'],
    // A view that weighs one thing against another or rules something out: what convinced them.
    ['Nobody on site reads the 900-line Gantt chart.', 'What convinced you of that?'],
    ['Your years on the road ambulance matter more than any certificate.', 'What convinced you of that?'],
    ["Your supporters aren't consumers.", 'What convinced you of that?'],
    // Something they did, at a time: what surprised them; a result: what made it.
    ["We asked 212 young people across 9 local authorities what they'd lose if their youth club closed.", 'What surprised you most about that?'],
    ['This term we trained 38 teachers from 6 public schools in Alexandra in a simple phonics screening tool.', 'What surprised you most about that?'],
    ['We passed our brand standards audit with 94% last week.', 'What made the biggest difference?'],
  ])('%s → %s', (line, q) => expect(pointedQuestion(line)).toBe(q));

  it.each([
    // A line of their CV without its "I": no view of theirs.
    'Moved to Dubai in 2017 and never looked back.',
    // An announcement, a question, a fact about their own work, a title that leads into advice.
    'Christmas order cut-off is Friday 12th!!',
    'How do you teach wiring troubleshooting to students who have never seen a real fault?',
    'Half of my current team leaders started as warehouse operatives or drivers.',
    'Best advice you will ever get.',
    // Leans on the line before it, or states a rule of a place rather than a view.
    'For edtech companies this is less about hardware and more about teacher training and long-term platforms.',
    'Under CBC, assessment in pre-primary is observation – the teacher watching and recording what the child can do.',
    // A fact, weighed by nothing.
    'Most of a planner\'s job is reports and memos.',
  ])('nothing for %s', (line) => expect(pointedQuestion(line)).toBe(''));

  it('a line of theirs at a time is asked about without when it was', () => {
    expect(askAbout('This term we built a simple booking page for the clinic.')).toMatch(/^How did you build /);
  });
});

describe('over every unseen set', () => {
  const drafts = UNSEEN_SETS.flatMap((set) => set.people.flatMap((p) => set.senders.map((s) => ({ who: `${p.slug} ← ${s.id}`, body: unseenDraft(p.slug, s.id).body }))));

  it('a pointed question comes first, under an opening that quotes or names a line, with no other line said in between', () => {
    // Not "What convinced you of that?" after "You also write that …", which points at that line (s16).
    const pointed = drafts.filter((d) => questionsOf(d.body).some((q) => POINTED.test(q)) && !/You also write/.test(d.body));
    expect(pointed.length).toBeGreaterThan(40);
    for (const d of pointed) {
      expect(POINTED.test(questionsOf(d.body)[0] ?? ''), d.who).toBe(true);
      expect(d.body, d.who).toMatch(/"[^"]{12,}"/);
    }
  });

  it('"What are you working on … these days?" goes only where no line of theirs is quoted with a shape to ask about', () => {
    // From a sender with a goal: one with only a name has no questions of their own to weigh.
    const stock = drafts.filter((d) => questionsOf(d.body).some((q) => /these days\?$/.test(q)) && /working|learning|towards/.test(d.body.split('\n\n')[1] ?? ''));
    // Advice quoted and still asked only the stock pair: none.
    const advice = stock.filter((d) => /"(?:Go|Keep|Ask|Put|Read|Learn|Save|Write|Say|Bring|Talk) [^"]+"/.test(d.body));
    expect(advice.map((d) => d.who)).toEqual([]);
  });

  it('a move into the trade the sender is after is asked how they made it (chef de partie → apprentice carpenter, to a restaurant manager after a carpentry apprenticeship)', () => {
    expect(questionsOf(unseenDraft('bec-halloran-builds', 'hana-careerchange-akl').body)).toContain('What helped most when you moved from chef de partie to apprentice carpenter?');
  });
});
