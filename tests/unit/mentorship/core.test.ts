import { describe, expect, it } from 'vitest';
import {
  MentorshipSchema, addDays, addLocalDays, changeGoal, closeFacts, dayOf, dayStart, draftAgenda, goalProgress,
  mergeMentorship, newMentorship, recordReview, reviewSummary, setBringUp, setPurpose, setStepDone, summarize, addGoal,
} from '../../../lib/mentorship';
import { goalsCsv } from '../../../lib/mentorship/csv';
import { DAY, START, ids, twoGoals, withSession } from './build';

describe('mentorship core', () => {
  it('every edit keeps a record the schema accepts', () => {
    const m = withSession(twoGoals());
    expect(MentorshipSchema.safeParse(m).success).toBe(true);
    expect(m.goals.map((g) => g.title)).toEqual(['Lead the Q2 release', 'Speak up in design reviews']);
  });

  it('a skipped part of the purpose stays empty, to fill in later', () => {
    const m = setPurpose(newMentorship('p', START), { gain: '  ', offer: 'Intros', meeting: undefined, feedback: '' }, START);
    expect(m.purpose).toEqual({ offer: 'Intros' });
    expect(m.setupDone).toBe(true);
  });

  it.each([
    ['nothing done', [], { done: 0, total: 2 }],
    ['one done', ['g-3'], { done: 1, total: 2 }],
    ['action item counts as a step of its goal', ['g-3', 's-2'], { done: 2, total: 2 }],
  ])('goal progress: %s', (_name, done, want) => {
    let m = withSession(twoGoals());
    for (const id of done) m = setStepDone(m, id, true, START + 20 * DAY);
    expect(goalProgress(m, 'g-1')).toEqual(want);
  });

  it('the default agenda: update, goals, steps due soon, open action items, journal to bring up, questions', () => {
    let m = withSession(twoGoals());
    m = { ...m, next: { minutes: 45, update: 'New role started', questions: ['How do you plan a release?'] } };
    const items = draftAgenda(m, '2027-01-18');
    expect(items.map((i) => i.kind)).toEqual(['update', 'goal', 'goal', 'step', 'action', 'action', 'journal', 'question']);
    expect(items[0]!.text).toBe('Personal update: New role started');
    expect(items[1]!.text).toBe('Lead the Q2 release: 0 of 2 steps done');
    // Due on the 20th: soon. The personal goal's step (1 March) is not.
    expect(items[3]!.text).toMatch(/^Step: Shadow the current release lead \(by 20 Jan\) \[Lead the Q2 release\]$/);
    expect(items.filter((i) => i.kind === 'action').map((i) => i.text)).toEqual([
      'Action item: Start a decision log (by 25 Jan) [Lead the Q2 release]', 'Action item: Read "An Elegant Puzzle" (by 5 Feb)',
    ]);
    expect(items[6]!.text).toBe('From my journal (15 Jan): Froze in the review again; why?');
  });

  it('a step past its date says so; done items and entries already brought up drop out', () => {
    let m = withSession(twoGoals());
    m = setStepDone(m, 's-2', true, START + 20 * DAY);
    expect(draftAgenda(m, '2027-01-22').find((i) => i.kind === 'step')!.text).toMatch(/was due 20 Jan/);
    expect(draftAgenda(m, '2027-01-22').filter((i) => i.kind === 'action')).toHaveLength(1);
    const unmarked = setBringUp(m, m.journal[0]!.id, false, START + 21 * DAY);
    expect(draftAgenda(unmarked, '2027-01-22').some((i) => i.kind === 'journal')).toBe(false);
    // The next session takes the entry: the one after doesn't bring it up again.
    const again = withSession(m, ids('t'));
    expect(again.journal[0]!.broughtUpIn).toBe('t-1');
  });

  it('a goal keeps the history of its changes', () => {
    let m = twoGoals();
    m = changeGoal(m, 'g-2', { title: 'Speak up in every review' }, START + DAY);
    m = changeGoal(m, 'g-2', { status: 'dropped', why: 'Moved to a team without reviews' }, START + 2 * DAY);
    m = changeGoal(m, 'g-2', { status: 'active' }, START + 3 * DAY);
    const g = m.goals[1]!;
    expect(g.history.map((h) => `${h.field}:${h.from ?? ''}>${h.to ?? ''}`)).toEqual([
      'created:>Speak up in design reviews', 'title:Speak up in design reviews>Speak up in every review', 'status:active>dropped', 'status:dropped>active',
    ]);
    expect(g.history[2]!.why).toBe('Moved to a team without reviews');
    expect(g.statusWhy).toBeUndefined();
    expect(g.statusAt).toBe(START + 3 * DAY);
  });

  it('the review looks back since the last one: progress per goal, wins, what to adjust', () => {
    let m = withSession(twoGoals());
    m = setStepDone(m, 'g-3', true, START + 15 * DAY);
    const first = reviewSummary(m, START + 30 * DAY, '2027-02-03');
    expect(first.since).toBe(START);
    expect(first.goals.map((g) => [g.title, g.done, g.total, g.doneSince])).toEqual([['Lead the Q2 release', 1, 2, 1], ['Speak up in design reviews', 0, 1, 0]]);
    expect(first.wins).toEqual(['Done: Shadow the current release lead']);
    expect(first.adjust).toEqual(['No progress on "Speak up in design reviews" since the last review: keep it, change it or drop it?', 'Past its date (2027-01-25): Start a decision log']);
    m = recordReview(m, { wins: 'Shadowed a release', adjust: 'Smaller steps', outcome: 'Keep both goals' }, START + 30 * DAY, '2027-02-03', ids('r'));
    m = changeGoal(m, 'g-1', { status: 'met', why: 'I ran the Q2 release' }, START + 40 * DAY);
    const second = reviewSummary(m, START + 60 * DAY, '2027-03-05');
    expect(second.since).toBe(START + 30 * DAY);
    expect(second.goals[0]!.doneSince).toBe(0);
    expect(second.wins).toEqual(['Goal met: Lead the Q2 release']);
    expect(m.reviews[0]!.progress[0]).toMatchObject({ goalId: 'g-1', done: 1, total: 2, doneSince: 1 });
  });

  it.each([
    ['no goals yet', [], false],
    ['one of two met', ['g-1'], false],
    ['both met', ['g-1', 'g-2'], true],
  ])('close facts: %s', (_n, met, allMet) => {
    let m = twoGoals();
    for (const id of met) m = changeGoal(m, id, { status: 'met', why: `Did ${id}` }, START + 50 * DAY);
    if (met.length === 0) m = { ...m, goals: [] };
    const f = closeFacts(m);
    expect(f.allMet).toBe(allMet);
    expect(f.changed).toEqual(met.map((id) => `Did ${id}`));
  });

  it('a dropped goal does not stand between the user and a natural end', () => {
    let m = changeGoal(twoGoals(), 'g-1', { status: 'met' }, START + DAY);
    m = changeGoal(m, 'g-2', { status: 'dropped', why: 'Not a priority' }, START + DAY);
    expect(closeFacts(m)).toMatchObject({ goalsMet: ['Lead the Q2 release'], allMet: true });
  });

  it('the summary the nudges read', () => {
    const m = withSession(twoGoals());
    expect(summarize(m)).toEqual({
      startedAt: START, reviewEveryDays: 90, lastSessionAt: START + 7 * DAY,
      openDue: ['2027-01-20', '2027-01-25', '2027-02-05', '2027-03-01'], agendaItems: 3,
    });
  });

  it('merging by id never duplicates, and the copy edited last wins an item both have', () => {
    const here = withSession(twoGoals());
    expect(mergeMentorship(here, structuredClone(here))).toEqual({ mentorship: here, changed: false });
    const there = addGoal(changeGoal(here, 'g-1', { title: 'Lead the Q3 release' }, START + 30 * DAY), { kind: 'personal', title: 'Balance' }, START + 30 * DAY, ids('x'));
    const { mentorship, changed } = mergeMentorship(here, there);
    expect(changed).toBe(true);
    expect(mentorship.goals.map((g) => g.title)).toEqual(['Lead the Q3 release', 'Speak up in design reviews', 'Balance']);
    expect(mergeMentorship(mentorship, there).changed).toBe(false);
  });

  it('the goals-and-steps CSV: a row per step, formulas escaped', () => {
    const m = addGoal(withSession(twoGoals()), { kind: 'professional', title: '=HYPERLINK("x")' }, START, ids('z'));
    const rows = goalsCsv([{ name: 'Marisol Vega', mentorship: m }]).split('\r\n');
    expect(rows[0]).toBe('mentor,goal,kind,status,statusDate,statusWhy,why,step,due,done,doneDate,fromSession');
    expect(rows).toHaveLength(1 + 2 + 1 + 1 + 1); // header, goal 1 (2 steps), goal 2, the new goal, one loose step
    expect(rows[1]).toContain('Shadow the current release lead,2027-01-20,no');
    expect(rows.some((r) => r.includes('Start a decision log') && r.endsWith('2027-01-11'))).toBe(true);
    expect(rows.some((r) => r.includes(`"'=HYPERLINK(""x"")"`))).toBe(true);
  });
});

describe('calendar days in the user zone', () => {
  it.each([
    ['London winter', Date.UTC(2027, 0, 4, 23, 30), 'Europe/London', '2027-01-04'],
    ['Tokyo is already tomorrow', Date.UTC(2027, 0, 4, 23, 30), 'Asia/Tokyo', '2027-01-05'],
    ['New York is still yesterday', Date.UTC(2027, 0, 5, 2, 0), 'America/New_York', '2027-01-04'],
  ])('dayOf: %s', (_n, ms, zone, day) => expect(dayOf(ms, zone)).toBe(day));

  it('dayStart and addDays', () => {
    expect(dayStart('2027-03-28', 'Europe/Berlin')).toBe(Date.UTC(2027, 2, 27, 23, 0));
    expect(dayStart('2027-03-29', 'Europe/Berlin')).toBe(Date.UTC(2027, 2, 28, 22, 0));
    expect(addDays('2027-02-27', 2)).toBe('2027-03-01');
  });

  it('90 local days across the spring change keep the wall-clock time', () => {
    const start = Date.UTC(2027, 0, 4, 9, 0); // 10:00 in Berlin (CET)
    const due = addLocalDays(start, 90, 'Europe/Berlin');
    expect(due).toBe(Date.UTC(2027, 3, 4, 8, 0)); // 10:00 CEST
    expect(due - start).toBe(90 * DAY - 3_600_000);
  });
});
