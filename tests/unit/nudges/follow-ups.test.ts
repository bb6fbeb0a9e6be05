// The one table of follow-up kinds (lib/follow-ups.ts) drives every list that used to be typed by hand.
import { describe, expect, it } from 'vitest';
import { FOLLOW_UP_KINDS } from '../../../lib/compose';
import { DRAFT_KINDS, FOLLOW_UPS, NUDGE_KINDS, SENT_KINDS, draftForStep, hasDraft, nudgeTitle, sendStep, sentKindOf, sentTitle } from '../../../lib/follow-ups';
import { NUDGE_PRIORITY, RULES } from '../../../lib/nudges';
import { STEPS } from '../../../lib/tracker/steps';
import { NudgeKindSchema, SentKindSchema } from '../../../lib/tracker/schema';

describe('the table of follow-up kinds', () => {
  it('gives one spelling per kind, and each list is a view of it', () => {
    expect(new Set(FOLLOW_UPS.map((r) => r.kind)).size).toBe(FOLLOW_UPS.length);
    expect(NudgeKindSchema.options).toEqual([...NUDGE_KINDS]);
    expect(SentKindSchema.options).toEqual([...SENT_KINDS]);
    expect(NUDGE_PRIORITY).toEqual(NUDGE_KINDS);
    // The order the rules always had: time-boxed first, the slow ones last.
    expect(NUDGE_PRIORITY).toEqual(['agenda', 'chat-happened', 'thank-you', 'send-ask', 'close-out', 'check-in', 'report-back', 'step-due', 'review', 'cadence']);
    expect(RULES).toHaveLength(NUDGE_KINDS.length);
  });

  it('every sent kind has its send step in the state machine, and every draft its writer', () => {
    for (const k of SENT_KINDS) expect(STEPS).toContain(sendStep(k));
    expect(new Set(DRAFT_KINDS)).toEqual(new Set(FOLLOW_UP_KINDS));
    for (const d of DRAFT_KINDS) expect(draftForStep(sendStep(sentKindOf(d)))).toBe(d);
    expect(draftForStep('reply')).toBeNull();
  });

  it('words each kind for the user', () => {
    expect(nudgeTitle('check-in', 'Marisol')).toBe('Check in with Marisol?');
    expect(sentTitle('close')).toBe('Closing message sent');
    for (const k of SENT_KINDS) expect(sentTitle(k)).toMatch(/ sent$/);
    for (const k of NUDGE_KINDS) expect(nudgeTitle(k, 'Ada')).toMatch(/Ada.*\?$/);
    expect(hasDraft('close-out')).toBe(false);
    expect(hasDraft('check-in')).toBe(true);
  });
});
