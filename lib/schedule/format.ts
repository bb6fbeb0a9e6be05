import { dateFormat } from '../date-format';
import { resolveZone } from './zone';

const CHAT: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
const chatFormat = dateFormat('en-GB', CHAT);

/**
 * "Tue 3 Mar, 09:30 (Europe/London)": both people's clocks side by side, so the user can say
 * "thanks for taking this so late in your evening".
 * The zone's IANA name is printed, not an abbreviation: "CST" means three different zones.
 */
export function formatInZone(ms: number, zone: string, locale = 'en-GB'): string {
  const z = resolveZone(zone);
  const f = (locale === 'en-GB' ? chatFormat : dateFormat(locale, CHAT))(z);
  const part: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const p of f.formatToParts(ms)) part[p.type] = p.value;
  // Assembled from parts so the shape is the same in every locale; only the names are localised.
  return `${part.weekday} ${part.day} ${part.month}, ${part.hour}:${part.minute} (${z})`;
}
