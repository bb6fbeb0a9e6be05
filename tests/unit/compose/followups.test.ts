import { describe, expect, it } from 'vitest';
import { coach } from '../../../lib/coach';
import { composeAsk, composeFollowUp, FOLLOW_UP_KINDS, textLength, type FollowUpInput, type FollowUpKind } from '../../../lib/compose';
import { CHANNELS, CLOSE_REASONS, type Chat } from '../../../lib/tracker/schema';
import { incomplete } from './checks';
import { fixtureProfiles, ME_EMPTY, ME_FULL, MES, NOW, person, SYNTHETIC } from './profiles';

const HOUR = 3600_000;
const CHAT: Chat = { at: NOW - 3 * HOUR, minutes: 20, timeZone: 'Europe/Stockholm' };
const UPCOMING: Chat = { at: Date.UTC(2026, 2, 11, 14, 0), minutes: 20, timeZone: 'Europe/Stockholm', theirTimeZone: 'America/New_York' };
const TAKEAWAYS = 'Prioritise with a simple weekly report.\nAsk for feedback early';
const PEOPLE = [...fixtureProfiles().map((f) => f.profile), ...SYNTHETIC];

/** Each kind with the inputs it uses, and without (nothing typed in yet). */
const VARIANTS: { kind: FollowUpKind; extra: Partial<FollowUpInput> }[] = FOLLOW_UP_KINDS.flatMap((kind) => [
  { kind, extra: {} },
  { kind, extra: { takeaways: TAKEAWAYS, advice: 'connect with the data science team', chat: kind === 'agenda' ? UPCOMING : CHAT, questions: ['How do you plan a quarter?', 'How do you say no?'] } },
  ...(kind === 'close' ? CLOSE_REASONS.map((closeReason) => ({ kind, extra: { closeReason, chat: CHAT } })) : []),
]);

describe('composeFollowUp: every kind × channel × tier × person fits and passes the coach', () => {
  it(`(${VARIANTS.length} kinds and inputs × ${CHANNELS.length} channels × ${PEOPLE.length} people × 3 me)`, () => {
    for (const profile of PEOPLE) for (const [meName, me] of Object.entries(MES)) for (const v of VARIANTS) for (const channel of CHANNELS) {
      // The tier only changes the connection note's limit (ARCHITECTURE.md §3).
      for (const tier of channel === 'connection-note' ? (['free', 'premium'] as const) : (['free'] as const)) {
        const d = composeFollowUp(v.kind, { profile, me, channel, tier, now: NOW, myTimeZone: 'Europe/Stockholm', ...v.extra });
        const sentOn = v.kind === 'send-ask' ? 'message' : channel;
        const where = `${profile.slug} ${meName} ${v.kind} ${JSON.stringify(v.extra.closeReason ?? Object.keys(v.extra))} ${channel} ${tier}\n${d.body}`;
        expect(textLength(d.body), where).toBeLessThanOrEqual(d.limit);
        expect(d.length, where).toBe(textLength(d.body));
        // The ask on a page that could not be read marks its blanks; the coach flags them until filled in.
        const blanked = v.kind === 'send-ask' && /\[[^\]]+\]/.test(d.body);
        expect(incomplete(blanked ? d.body.replace(/\[[^\]\n]{1,80}\]/g, 'Filled') : d.body), where).toEqual([]);
        const kind = v.kind === 'send-ask' ? 'ask' : v.kind;
        // An ask that names neither the sender nor their role is anonymous, and the coach says so.
        const anonymous = ![me.name.split(' ')[0] ?? '', me.role].some((w) => w.length > 1 && d.body.includes(w));
        const hints = coach(d, { channel: sentOn, tier, firstName: profile.firstName, kind, isFirstMessage: kind === 'ask' || kind === 'check-in' })
          .filter((h) => !(anonymous && h.rule === 'who-is-writing'))
          .filter((h) => !(blanked && (h.rule === 'placeholder' || h.rule === 'no-specific-hook' || h.rule === 'greeting-by-name')));
        expect(hints.filter((h) => h.severity === 'problem'), `${where}\n${JSON.stringify(hints)}`).toEqual([]);
        expect(hints.filter((h) => h.rule !== 'no-specific-hook'), `${where}\n${JSON.stringify(hints)}`).toEqual([]);
        if (sentOn === 'inmail' || sentOn === 'email') {
          expect(d.subject, where).toBeTruthy();
          expect(incomplete(d.subject ?? ''), where).toEqual([]);
        } else {
          expect(d.subject, where).toBeUndefined();
        }
      }
    }
  });
});

describe('composeFollowUp: what each draft says (ARCHITECTURE.md §5)', () => {
  const anna = SYNTHETIC[0]!;
  const base = { profile: anna, me: ME_FULL, channel: 'message' as const, now: NOW, myTimeZone: 'Europe/Stockholm' };

  it("send-ask is the full ask, as a message, whatever channel it's asked for", () => {
    const d = composeFollowUp('send-ask', { ...base, channel: 'connection-note' });
    const ask = composeAsk({ ...base, channel: 'message' });
    expect(d).toEqual({ body: ask.body, limit: ask.limit, length: ask.length });
  });
  it('check-in: no pressure, busy, and the ask in one line', () => {
    const d = composeFollowUp('check-in', base);
    expect(d.body).toMatch(/no pressure at all/);
    expect(d.body).toMatch(/I know how busy things get/);
    expect(d.body.split('\n').filter((l) => /20-minute virtual coffee chat/.test(l))).toHaveLength(1);
  });
  it('agenda: the questions as bullets, the time in their zone', () => {
    const d = composeFollowUp('agenda', { ...base, chat: UPCOMING, questions: ['How do you plan a quarter?', 'How do you say no?'] });
    expect(d.body).toContain('- How do you plan a quarter?\n- How do you say no?');
    expect(d.body).toContain('Wednesday 11 March at 10:00 your time');
    const noZone = composeFollowUp('agenda', { ...base, profile: person('nowhere', { firstName: 'Jo', location: 'United States' }), chat: { ...UPCOMING, theirTimeZone: undefined } });
    expect(noZone.body).toContain('Wednesday 11 March at 15:00 Stockholm time');
    const fromProfile = composeFollowUp('agenda', { ...base, profile: SYNTHETIC[2]!, chat: { ...UPCOMING, theirTimeZone: undefined } });
    expect(fromProfile.body).toContain('Wednesday 11 March at 22:00 your time');
  });
  it('agenda: the questions come from the chat record when none are given', () => {
    const d = composeFollowUp('agenda', { ...base, chat: { ...UPCOMING, agenda: ['Hiring juniors', 'Weekly reports'] } });
    expect(d.body).toContain('- Hiring juniors?\n- Weekly reports?');
  });
  it('thank-you: thanks, one or two takeaways, and a check-in in a couple of months', () => {
    const d = composeFollowUp('thank-you', { ...base, chat: CHAT, takeaways: TAKEAWAYS });
    expect(d.body).toMatch(/today/);
    expect(d.body).toContain('prioritise with a simple weekly report, and ask for feedback early');
    expect(d.body).toMatch(/in a couple of months/);
    const later = composeFollowUp('thank-you', { ...base, chat: { ...CHAT, at: NOW - 30 * HOUR } });
    expect(later.body).not.toMatch(/today/);
    // The next chat was booked at the end of the call: the thank-you looks forward to it.
    const booked = composeFollowUp('thank-you', { ...base, chat: { ...CHAT, at: NOW + 14 * 24 * HOUR }, takeaways: TAKEAWAYS });
    expect(booked.body).toMatch(/(next chat|talking again) on \w+ \d+ \w+ at \d\d:\d\d/);
    expect(booked.body).not.toMatch(/couple of months/);
  });
  it('report-back: "Following your advice to X, I did Y and learned Z"', () => {
    const d = composeFollowUp('report-back', { ...base, advice: 'To connect with the data science team', takeaways: 'Set up a weekly meeting with them and learned how they prioritise.' });
    expect(d.body).toContain('Following your advice to connect with the data science team, I set up a weekly meeting with them and learned how they prioritise.');
    const adviceOnly = composeFollowUp('report-back', { ...base, takeaways: 'Prioritise with a simple weekly report.' });
    expect(adviceOnly.body).toContain('Following your advice to prioritise with a simple weekly report, ');
    const topicOnly = composeFollowUp('report-back', { ...base, takeaways: 'The importance of weekly reports' });
    expect(topicOnly.body).toContain('Following our conversation about the importance of weekly reports, ');
    const nothing = composeFollowUp('report-back', { ...base, me: ME_EMPTY });
    expect(nothing.body).toContain("Since our conversation, I've been working on what we discussed");
  });
  it('cadence: progress, a new challenge, specific questions', () => {
    const d = composeFollowUp('cadence', { ...base, takeaways: TAKEAWAYS });
    expect(d.body).toMatch(/Progress: I've been acting on your advice to prioritise with a simple weekly report\./);
    expect(d.body).toMatch(/A new challenge: getting better at the financial side of project budgeting\./);
    expect(d.body.split('\n').filter((l) => l.startsWith('- ')).length).toBeGreaterThanOrEqual(2);
  });
  it.each([
    ['not-a-fit', /Thank you so much for your initial guidance\. You've helped me realise that what I actually need is someone with deeper experience in the financial side of project budgeting/],
    ['goals-met', /I feel I've grown so much thanks to your guidance over the past few weeks\. I've achieved the goals we set out, and I can't thank you enough\./],
    ['declined', /Thank you for letting me know; I completely understand\./],
    // Not the check-in's "I know how busy things get" again: who is writing and what they asked (fu2 blind review).
    ['no-reply', /A last note from me: I'm \p{L}+, .+ asking for a short chat about .+\. I haven't heard back, which is completely fine/u],
  ] as const)('close (%s) uses the guide wording and stays in touch', (closeReason, re) => {
    const d = composeFollowUp('close', { ...base, chat: CHAT, closeReason });
    expect(d.body).toMatch(re);
    expect(d.body).toMatch(/stay in touch|All the best/);
  });
  it('close without a reason is the natural end', () => {
    expect(composeFollowUp('close', base).body).toMatch(/I've achieved the goals we set out/);
  });
  it('fits a 200-character note and keeps the greeting', () => {
    for (const kind of FOLLOW_UP_KINDS.filter((k) => k !== 'send-ask')) {
      const d = composeFollowUp(kind, { ...base, channel: 'connection-note', takeaways: TAKEAWAYS, chat: CHAT });
      expect(d.length).toBeLessThanOrEqual(200);
      expect(d.body).toMatch(/^(Hi|Hello) Anna, [a-zI]/);
    }
  });
  it('is deterministic', () => {
    for (const kind of FOLLOW_UP_KINDS) expect(composeFollowUp(kind, base)).toEqual(composeFollowUp(kind, base));
  });
});
