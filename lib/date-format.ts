/**
 * Kept Intl.DateTimeFormats. Building one costs far more than using it (about a third of a millisecond
 * each): the mentorship page printed a date for every session, goal and journal entry through
 * `toLocaleDateString`, which builds one per call, and the nudge index places thousands of moments in
 * zones. Made once per set of options at module level, each gives one formatter per time zone, built
 * on first use (a page that never shows the date never pays). An unknown zone throws, as the constructor does.
 */
export function dateFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions): (zone?: string) => Intl.DateTimeFormat {
  const byZone = new Map<string, Intl.DateTimeFormat>();
  return (zone) => {
    // No zone: the browser's. '' is no zone name and throws, as Intl does.
    const key = zone ?? '\u0000';
    let f = byZone.get(key);
    if (!f) {
      f = new Intl.DateTimeFormat(locale, zone === undefined ? options : { ...options, timeZone: zone });
      byZone.set(key, f);
    }
    return f;
  };
}

const dmy = dateFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
/** "3 Mar 2026": the journal's dates (goals, reviews, the mentorship's start). */
export const dayMonthYear = (ms: number): string => dmy().format(ms);
