import { readFixtures, SENDERS } from '../tests/unit/compose/senders';
import { findOpeners } from '../lib/compose/openers';
const fx = readFixtures();
const pairs = [['ember-2024-a','teacher'],['public-2024-a','teacher'],['sdui-2026-b','engineer'],['ember-2024-d','teacher'],['ember-2024-a','no-profile']];
for (const [f, s] of pairs) {
  const p = fx.find((x:any)=>x.name===f)!; const me = SENDERS.find(x=>x.id===s)!.me;
  console.log('==', f, s);
  for (const o of findOpeners(p.profile, me).slice(0,6)) console.log(o.kind, o.relevance, o.goalRelevance, o.score.toFixed(1), o.detail.slice(0,80));
}
