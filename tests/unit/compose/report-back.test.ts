// The follow-ups read as well as the ask: the report-back says "Following your advice to …, I …",
// never the advice again as if it were the result, and no follow-up claims what the user never said.
import { describe, expect, it } from 'vitest';
import { composeFollowUp, type FollowUpInput } from '../../../lib/compose';
import { ME_FULL, person } from './profiles';

const profile = person('ravi', { firstName: 'Ravi', fullName: 'Ravi Kumar', current: { title: 'Technical Architect', company: 'Sahyadri' } });
const base: FollowUpInput = { profile, me: ME_FULL, channel: 'message' };

describe('report-back', () => {
  it.each([
    [{ advice: 'show one number per chart', takeaways: 'I rebuilt the forecast deck with one number per slide' }, /Following your advice to show one number per chart, I rebuilt the forecast deck with one number per slide\./],
    [{ advice: 'write metric definitions down', takeaways: 'wrote them down with the finance team' }, /Following your advice to write metric definitions down, I wrote them down with the finance team\./],
    [{ takeaways: 'I rebuilt the forecast deck with one number per slide' }, /Since our conversation, I rebuilt the forecast deck with one number per slide\./],
    [{ advice: 'show one number per chart', takeaways: 'Show one number per chart' }, /Following your advice to show one number per chart, I've started putting it into practice/],
    [{ takeaways: 'Show one number per chart' }, /Following your advice to show one number per chart, I've started putting it into practice/],
  ])('%j', (extra, re) => {
    const d = composeFollowUp('report-back', { ...base, ...extra });
    expect(d.body).toMatch(re);
    // The advice is never reported back as the result.
    expect(d.body).not.toMatch(/I put it into practice: |about I /i);
  });
});

describe("report-back: the result typed into its own field", () => {
  it('comes first, in the user\'s words, after the advice and when they spoke', () => {
    const chat = { at: Date.UTC(2026, 2, 10, 14), minutes: 20, timeZone: 'Europe/Warsaw' };
    const d = composeFollowUp('report-back', { ...base, chat, myTimeZone: 'Europe/Warsaw', advice: 'show one number per chart', takeaways: 'Talk to the data team', result: 'I rebuilt the weekly deck, and the managers now ask about the numbers' });
    expect(d.body).toMatch(/Following your advice in March to show one number per chart, I rebuilt the weekly deck, and the managers now ask about the numbers\./);
  });
  it('that says the advice again leaves the advice unsaid', () => {
    const d = composeFollowUp('report-back', { ...base, advice: 'show one number per slide', result: 'I rebuilt the deck around one number per slide' });
    expect(d.body).toMatch(/Following your advice, I rebuilt the deck around one number per slide\./);
  });
  it("user text can't inject template slots", () => {
    expect(composeFollowUp('report-back', { ...base, advice: 'x', result: 'I did {first} <b>it</b>' }).body).not.toMatch(/[{}<>]/);
  });
});

describe('no follow-up invents a benefit or thanks for help that never came', () => {
  it('a thank-you with nothing typed thanks for the time and claims nothing else', () => {
    const d = composeFollowUp('thank-you', base);
    expect(d.body).not.toMatch(/clearer idea|helped me|made a real difference/);
  });
  it('closing after no reply thanks for nothing: not for guidance, nor for reading a message they may never have read', () => {
    const d = composeFollowUp('close', { ...base, closeReason: 'no-reply' });
    expect(d.body).not.toMatch(/for everything|guidance|for all of it|for reading/);
  });
});
