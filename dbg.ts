import { composeAsk } from './lib/compose';
import { findOpeners } from './lib/compose/openers';
import { readFixtures, SENDERS } from './tests/unit/compose/senders';
const f = readFixtures().find((x) => x.name === 'ember-2024-a')!; const s = SENDERS.find((x) => x.id === 'no-profile')!;
const o = findOpeners(f.profile, s.me).find((x) => x.id === 'about:0')!;
console.log(o.short, o.tiny);
console.log(composeAsk({ profile: f.profile, me: s.me, channel: 'connection-note', hook: 'about:0' }).body);
