/**
 * The draft composer (ARCHITECTURE.md §2, §3, §5): pure functions of a profile, the user's settings and `now`.
 */
export { composeAsk, clampMinutes, seedOf, pairSeed, timeZonesDiffer, DEFAULT_MINUTES } from './compose-ask';
export { missingParts } from './ask';
export { CHANNEL_LIMITS, channelLimit, hasSubject, textLength, type ChannelLimit, type Tier } from './limits';
export { noteBudget, type NoteBudget } from './budget';
export { likelyTimeZone, differentZone, localTimeIn, isTimeZone, zoneCity } from './timezone';
export { findOpeners, HOOK_KINDS, type Hook, type HookId, type HookKind, type Opener } from './openers';
export { writeQuestions } from './questions';
export { composeFollowUp, chatTime } from './followups';
export { FOLLOW_UP_KINDS, type Blank, type ComposeInput, type ComposedAsk, type ComposeResult, type Composed, type FollowUpInput, type FollowUpKind, type Tone } from './types';
