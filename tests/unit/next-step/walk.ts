// The tracker's own state machine, applied to whole Persons for table tests.
import type { Person, PersonState } from '../../../lib/tracker/schema';
import { withState } from '../../../lib/tracker/state';
export { applyStep, type Step, type StepPayload } from '../../../lib/tracker/steps';
export { stateOf } from '../../../lib/tracker/state';

export const withStateForTest = (p: Person, s: PersonState): Person => withState(p, s);
