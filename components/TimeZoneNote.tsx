import { differentZone, likelyTimeZone, localTimeIn } from '../lib/compose/timezone';

/**
 * Guide 001, cross-cultural care: when the person is likely in another zone, show
 * their local time now. Unknown location means no claim at all.
 */
export function TimeZoneNote({ location, firstName, myZone, now }: { location: string | null; firstName: string; myZone: string; now: number }) {
  const theirs = likelyTimeZone(location);
  if (!theirs || !differentZone(myZone, theirs, now)) return null;
  return (
    <p class="muted tz-note" role="note">
      {firstName} is probably in another time zone ({theirs.replace(/_/g, ' ')}): it is {localTimeIn(theirs, now)} there now.
    </p>
  );
}
