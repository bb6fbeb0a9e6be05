import { composeAsk } from '../../lib/compose';
import { readFixtures, SENDERS } from '../unit/compose/senders';
const f = readFixtures().find((x) => x.name === process.argv[2])!;
const s = SENDERS.find((x) => x.id === process.argv[3])!;
const d = composeAsk({ profile: f.profile, me: s.me, channel: (process.argv[4] ?? 'message') as 'message', now: Date.UTC(2026, 2, 10, 9, 14), myTimeZone: s.myTimeZone });
console.log(d.subject ?? '', '\n' + d.body, '\n', d.suggestions, d.fit);
