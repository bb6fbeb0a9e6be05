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

describe('no follow-up invents a benefit or thanks for help that never came', () => {
  it('a thank-you with nothing typed thanks for the time and claims nothing else', () => {
    const d = composeFollowUp('thank-you', base);
    expect(d.body).not.toMatch(/clearer idea|helped me|made a real difference/);
  });
  it('closing after no reply thanks for reading, not for guidance', () => {
    const d = composeFollowUp('close', { ...base, closeReason: 'no-reply' });
    expect(d.body).not.toMatch(/for everything|guidance|for all of it/);
  });
});
