import { readFixtures, SENDERS } from '../tests/unit/compose/senders';
import { findOpeners } from '../lib/compose/openers';
const fx = readFixtures(); const [f,s]=process.argv.slice(2);
const p = fx.find((x:any)=>x.name===f)!; const me = SENDERS.find(x=>x.id===s)!.me;
for (const o of findOpeners(p.profile, me).slice(0,10)) console.log(o.kind, o.relevance, o.goalRelevance, o.score.toFixed(1), o.detail.slice(0,60), '|', o.tiny.join(' / ').slice(0,120));
