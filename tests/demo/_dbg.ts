import { findOpeners } from '../../lib/compose/openers';
import { readFixtures, SENDERS } from '../../tests/unit/compose/senders';
const [fx, sid] = process.argv.slice(2);
const f = readFixtures().find((x) => x.name === fx)!;
const s = SENDERS.find((x) => x.id === sid)!;
for (const o of findOpeners(f.profile, s.me).slice(0, 12)) console.log(o.kind, o.relevance, o.goalRelevance, o.score.toFixed(1), '|', o.quote || o.name, '|', o.topic);
