import { describe, expect, it } from 'vitest';
import { composeAsk } from '../../../lib/compose';
import { CAREER_GOAL, findOpeners } from '../../../lib/compose/openers';
import { readFixtures, SENDERS } from './senders';

const FIXTURES = readFixtures();
const sender = (id: string) => SENDERS.find((s) => s.id === id)!;
const page = (name: string) => FIXTURES.find((f) => f.name === name)!.profile;
const draft = (name: string, id: string, channel: 'message' | 'connection-note') =>
  composeAsk({ profile: page(name), me: sender(id).me, channel, myTimeZone: sender(id).myTimeZone, now: Date.parse('2026-12-01T12:00:00Z') });

// Round 3 of the blind review: the opener is the line that fits the sender's role as well as the goal.
describe.runIf(FIXTURES.length > 0)('which line a draft opens with', () => {
  it.each(['ember-2024-a', 'public-2024-a'])('a teacher to Joaquín (%s) opens on code review as a teaching tool, not his role change', (name) => {
    const [first] = findOpeners(page(name), sender('teacher').me);
    expect(first?.quote).toMatch(/code review as a teaching tool/);
    expect(draft(name, 'teacher', 'message').body).toMatch(/code review as a teaching tool/);
    expect(draft(name, 'teacher', 'message').body).not.toMatch(/your move/);
  });

  it('a line they wrote that bears on the sender comes before a role change; for a career-changer, only a line that bears on them clearly', () => {
    for (const { profile } of FIXTURES) {
      for (const s of SENDERS) {
        const list = findOpeners(profile, s.me);
        const move = list.findIndex((o) => o.kind === 'move');
        // Someone changing careers learns more from the person's own move than from a line that barely touches them.
        const career = CAREER_GOAL.test(s.me.shortTermGoal ?? '');
        const line = list.findIndex((o) => !!o.quote && (career ? (o.goalRelevance ?? 0) >= 2 || o.relevance >= 4 : o.relevance > 0));
        if (move >= 0 && line >= 0) expect(line).toBeLessThan(move);
      }
    }
  });

  it('an engineer to Marisol does not open on group projects; a teacher to Ravindra not on monitoring drift', () => {
    expect(draft('sdui-2026-b', 'engineer', 'connection-note').body).not.toMatch(/group projects/i);
    expect(draft('ember-2024-d', 'teacher', 'connection-note').body).not.toMatch(/monitoring drift/i);
  });

  it('never pastes the goal into their title, nor asks everyone what led them to their job', () => {
    for (const { name } of FIXTURES) {
      for (const s of SENDERS) {
        const body = draft(name, s.id, 'message').body;
        expect(body, `${name} ${s.id}\n${body}`).not.toMatch(/in your role as|come up in your role|What led you to become|Beyond that (?:post|line|article)/);
      }
    }
  });

  it('the popup agrees with the draft: no poor-fit warning beside a draft that ties its opening to the goal, one when nothing does', () => {
    expect(draft('ember-2024-d', 'engineer', 'message').fit.level).not.toBe('poor');
    expect(draft('ember-2024-a', 'no-profile', 'connection-note').fit.level).toBe('poor');
    for (const { name } of FIXTURES) {
      for (const s of SENDERS) {
        for (const channel of ['message', 'connection-note'] as const) {
          const d = draft(name, s.id, channel);
          if (/same problem|speaks to exactly that|bears on my longer-term goal|Longer term, I want to|bears on that|is close to that(?! goal)/.test(d.body)) expect(d.fit.note, `${name} ${s.id}\n${d.body}`).toBe('');
          // "Your line is close to that goal" is said of one line: the popup may still say it is the only one on the page.
          if (/is close to that goal/.test(d.body)) expect(d.fit.note, `${name} ${s.id}`).toMatch(/^$|^Only one line of theirs/);
        }
      }
    }
  });
});
