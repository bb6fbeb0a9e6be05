/**
 * The drafts a reviewer scores: the real reader and the real composer on every shared
 * fixture, for senders in different fields and every channel, printed as Markdown.
 *   npx tsx tests/demo/drafts.ts > /tmp/drafts.md
 */
import { composeAsk } from '../../lib/compose';
import { CHANNELS } from '../../lib/tracker/schema';
import { EMPTY_SENDER, readFixtures, SENDERS } from '../unit/compose/senders';

const NOW = Date.UTC(2026, 2, 10, 9, 14);
const out: string[] = ['# Coffee Chat drafts on the shared fixtures', ''];
const fixtures = readFixtures();
if (fixtures.length === 0) {
  console.error('The shared fixtures are not there (../shared/fixtures/linkedin).');
  process.exit(1);
}
out.push(`${fixtures.length} people × ${SENDERS.length} senders × ${CHANNELS.length} channels (free account).`, '');
for (const s of SENDERS) out.push(`- **${s.id}**: ${s.about} (the browser's time zone: ${s.myTimeZone})`);
const empty = composeAsk({ profile: fixtures[0]!.profile, me: EMPTY_SENDER, channel: 'message' });
out.push('', `A sender with nothing at all gets no silent draft: composeAsk reports needs = [${empty.needs.join(', ')}] and the popup asks for them first.`,
  'A page that gives no name (not-found-2024) gets a starting point with its blanks in [brackets] (composeAsk reports them in `blanks`); the coach flags them until the user fills them in.', '');
for (const f of fixtures) {
  const p = f.profile;
  out.push(`## ${p.fullName ?? '(no name on the page)'} (\`${f.name}\`)`, '');
  for (const s of SENDERS) for (const channel of CHANNELS) {
    const d = composeAsk({ profile: p, me: s.me, channel, now: NOW, myTimeZone: s.myTimeZone });
    out.push(`### ${f.name} · sender: ${s.id} · ${channel}`, '');
    if (d.subject) out.push(`**Subject:** ${d.subject}`, '');
    out.push(d.body.split('\n').map((l) => `> ${l}`).join('\n'), '', `*${d.length} characters (limit ${d.limit})*`, '');
  }
}
console.log(out.join('\n'));
