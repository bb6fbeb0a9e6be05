export { DAY, HOUR, MINUTE, cachedOffset, isValidZone, offsetAt, resolveZone, zonedParts, zonedTimeToUtc } from './zone';
export type { LocalTime, ZonedParts } from './zone';
export { formatInZone } from './format';
export { MIN_LEAD, suggestSlots } from './slots';
export { chatBooking } from './booking';
export type { Booking, LoggedStep } from './booking';
export type { Hours, SlotRequest } from './slots';
// `ics` brings yup (~130 kB unminified): the popup and background should import what they need from
// './zone' or './format' directly, so only the dashboard, which makes invites, carries it.
export { chatInvite } from './invite';
export type { InviteRequest } from './invite';
export { THEIR_HOURS, timeWarnings } from './warnings';
export type { TimeCheck } from './warnings';
