/**
 * 44 drafts for a blind reviewer (issue 10): every fixture × four senders (one with no profile), the channel
 * varied, as Markdown with nothing about how they were made.   npx tsx tests/demo/blind.ts > drafts.md
 */
import { composeAsk } from '../../lib/compose';
import type { Channel } from '../../lib/tracker/schema';
import { readFixtures, SENDERS } from '../unit/compose/senders';

const NOW = Date.UTC(2026, 2, 10, 9, 14);
const CH: Channel[] = ['message', 'inmail', 'email', 'connection-note'];
const fixtures = readFixtures();
const out = ['# Coffee Chat drafts on the shared fixtures', '', `${fixtures.length} people × 4 senders, channels varied (free account).`, ''];
for (const s of SENDERS) out.push(`- **${s.id}**: ${s.about} (the browser's time zone: ${s.myTimeZone})`);
out.push('', 'A page that gives no name (not-found-2024) gets a starting point with its blanks in [brackets]; the product flags them until the user fills them in.', '');
fixtures.forEach((f, i) => {
  // Four of the five senders per person, the no-profile one always; every sender and channel appears often.
  const senders = SENDERS.filter((s, k) => s.id === 'no-profile' || k !== i % 4);
  senders.forEach((s, k) => {
    const channel = CH[(i + k) % CH.length]!;
    const d = composeAsk({ profile: f.profile, me: s.me, channel, now: NOW, myTimeZone: s.myTimeZone });
    out.push('', `### ${f.name} · sender: ${s.id} · ${channel}`, '');
    if (d.subject) out.push(`**Subject:** ${d.subject}`, '');
    out.push(d.body.split('\n').map((l) => `> ${l}`).join('\n'), '', `*${d.length} characters (limit ${d.limit})*`);
  });
});
console.log(out.join('\n'));
