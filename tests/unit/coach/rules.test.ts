import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { coach, hasProblems, RULES } from '../../../lib/coach';

const ctx = { channel: 'message' as const, firstName: 'Anna' };
const ASK = 'Would you be open to a 20-minute virtual coffee chat in the coming weeks?';

describe('coach: spans point at the words (UTF-16 offsets into the body)', () => {
  it.each([
    ['golden-rule', `Hi Anna, will you be my mentor? ${ASK}`, 'be my mentor'],
    ['placeholder', `Hi Anna, I work at <company>. ${ASK}`, '<company>'],
    ['idiom', `Hi Anna, I read your post and want to touch base. ${ASK}`, 'touch base'],
    ['early-favour', `Hi Anna, I read your post. Could you refer me? ${ASK}`, 'refer me'],
    ['too-many-minutes', 'Hi Anna, I read your post. Could we have a 45-minute call in the coming weeks?', '45-minute'],
    ['flattery', `Hi Anna, I'm a huge fan of your post. ${ASK}`, 'huge fan'],
    ['greeting-by-name', `Hello there, I read your post. ${ASK}`, 'Hello there,'],
    ['no-time-bound', 'Hi Anna, I read your post. Would you be open to a chat?', 'Would you be open to a chat?'],
    ['no-time-bound', "Hi Anna, I read your post. We're 6 hours apart. Would you be open to a chat?", 'Would you be open to a chat?'],
    ['greeting-by-name', `Dear Mr. Smith, I read your post. ${ASK}`, 'Dear Mr. Smith,'],
    ['golden-rule', `Hi Anna, I read your post. Could you guide me through my career? ${ASK}`, 'guide me through my career'],
    ['too-many-minutes', 'Hi Anna, I spent 2 hours on your post. Could we have a 45-minute call?', '45-minute'],
  ])('%s highlights %j', (rule, body, words) => {
    const hint = coach({ body }, ctx).find((h) => h.rule === rule);
    expect(hint?.span).toBeDefined();
    expect(body.slice(hint!.span!.start, hint!.span!.end)).toBe(words);
  });
  it('gives one hint per phrase: "pick your brain" is the golden rule, not also an idiom', () => {
    const hints = coach({ body: `Hi Anna, I'm Ada, a data analyst. I read your post. Can I pick your brain? ${ASK}` }, ctx);
    expect(hints.map((h) => h.rule)).toEqual(['golden-rule']);
  });
  it('counts offsets in code units after emoji and accents', () => {
    const body = `Hi Anna 🚀🚀, Joaquín here. Can I pick your brain? ${ASK}`;
    const hint = coach({ body }, ctx).find((h) => h.rule === 'golden-rule')!;
    expect(body.slice(hint.span!.start, hint.span!.end)).toBe('pick your brain');
  });
  it('marks the overflow of a note from the limit onwards, in code points', () => {
    const body = `Hi Anna, ${'🚀'.repeat(195)} ${ASK}`;
    const hint = coach({ body }, { ...ctx, channel: 'connection-note' }).find((h) => h.rule === 'over-limit')!;
    expect([...body.slice(0, hint.span!.start)].length).toBe(200);
    expect(hint.span!.end).toBe(body.length);
  });
  it('highlights the fourth question onwards and the whole wall of text', () => {
    const body = `Hi Anna, I read your post. ${ASK} How? Why? When? Where? Who?`;
    const q = coach({ body }, ctx).find((h) => h.rule === 'too-many-questions')!;
    expect(body.slice(q.span!.start, q.span!.end)).toBe('Where? Who?');
    const para = 'Thank you for the chat today, and for being so open about your own first year. Your advice on hiring stayed with me. I have already shared it with my team. We will try the checklist in our next round of interviews.';
    const wall = `Hi Anna,\n\n${para}\n\nBye.`;
    const w = coach({ body: wall }, { ...ctx, kind: 'thank-you' }).find((h) => h.rule === 'wall-of-text')!;
    expect(wall.slice(w.span!.start, w.span!.end)).toBe(para);
  });
  it('never gives a span for the subject, only says so', () => {
    const hints = coach({ subject: 'Will you be my mentor? [Topic]', body: `Hi Anna, I read your post. ${ASK}` }, { ...ctx, channel: 'email' });
    const subjectHints = hints.filter((h) => h.message.startsWith('In the subject'));
    expect(subjectHints.map((h) => h.rule).sort()).toEqual(['golden-rule', 'placeholder']);
    for (const h of subjectHints) expect(h.span).toBeUndefined();
  });
});

describe('coach: shape', () => {
  it('lists problems before suggestions, each in body order', () => {
    const hints = coach({ body: 'Hey, I want to touch base. Will you be my mentor? Are you hiring? [Name]' }, ctx);
    const sev = hints.map((h) => h.severity);
    expect(sev.indexOf('suggestion')).toBeGreaterThan(sev.lastIndexOf('problem'));
    const problemStarts = hints.filter((h) => h.severity === 'problem' && h.span).map((h) => h.span!.start);
    expect(problemStarts).toEqual([...problemStarts].sort((a, b) => a - b));
    expect(hasProblems(hints)).toBe(true);
    expect(hasProblems([])).toBe(false);
  });
  it('runs on empty and odd input without throwing', () => {
    for (const body of ['', ' ', '\n\n\n', '?', '- - -', '🚀'.repeat(5000)]) {
      expect(() => coach({ body }, ctx)).not.toThrow();
    }
    expect(coach({ body: '' }, { channel: 'message' }).map((h) => h.rule)).toEqual(['no-ask', 'no-specific-hook']);
  });
  it('has one rule per file under lib/coach/rules, with unique ids', () => {
    const dir = fileURLToPath(new URL('../../../lib/coach/rules/', import.meta.url));
    expect(readdirSync(dir).filter((f) => f.endsWith('.ts')).length).toBe(RULES.length);
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });
  it('explains each rule in the guides\' terms', () => {
    const body = 'Hey, will you be my mentor? Touch base at <company>. Are you hiring? Amazing, amazing. One. Two. Three. Four? Five? Six? Seven? Let us chat for an hour.';
    // A sentence a person reads: what is wrong and what to do instead, with no document names.
    for (const h of coach({ body }, ctx)) {
      expect(h.message.length).toBeGreaterThan(40);
      expect(h.message).toMatch(/[.?!)"]$/);
      expect(h.message).not.toMatch(/guide 00\d|\.md\b|issue \d/);
    }
  });
});
