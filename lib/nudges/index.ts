export { dueNudges, nextDueAt, planNudges } from './engine';
export type { NudgePlan } from './engine';
export { NUDGE_PRIORITY, RULES } from './rules';
export { nudgeMessage, nudgeTitle } from './text';
export { firstName } from './types';
export type { Nudge, Rule, RuleResult } from './types';
export { inQuiet, quietEnd, quietFor, quietStart } from './quiet';
export type { Quiet } from './quiet';
