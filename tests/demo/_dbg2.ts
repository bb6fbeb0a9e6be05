import { composeAsk } from '../../lib/compose';
import { readFixtures, SENDERS } from '../unit/compose/senders';
const [fx, sid] = process.argv.slice(2);
const f = readFixtures().find((x) => x.name === fx)!;
const s = SENDERS.find((x) => x.id === sid)!;
const d = composeAsk({ profile: f.profile, me: s.me, channel: 'message', now: 0 });
console.log(d.fit, d.hook);
